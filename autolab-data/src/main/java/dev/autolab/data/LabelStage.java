package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.labels.HashedLogisticModel;
import dev.autolab.data.labels.LabelIssue;
import dev.autolab.data.labels.LabelIssueFinder;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.labels.LabelStudio;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnRole;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Label review in stage 1: applying reviewed labels, and finding suspected label errors. */
final class LabelStage {
  private LabelStage() {}

  /**
   * Whether the out-of-fold model can read any feature: it hashes words and values, so for images
   * it would see only file paths and flag nearly every row (90% of Fashion-MNIST's folders did).
   */
  static boolean hasReadableFeature(DatasetSchema schema) {
    return schema.features().stream().anyMatch(f -> f.type() != ColumnType.IMAGE);
  }

  /** The column that names rows: the first column excluded as an ID, or null. */
  static String idColumn(List<ColumnProfile> columns) {
    return columns.stream()
        .filter(c -> c.role() == ColumnRole.EXCLUDED && c.reason() != null)
        .filter(c -> c.reason().contains("ID"))
        .map(ColumnProfile::name)
        .findFirst()
        .orElse(null);
  }

  /** The rows relabelled from a Label Studio export, and how many labels changed. */
  record Reviewed(Inputs inputs, long relabeled) {}

  static Reviewed applyReview(Inputs inputs, Path export, String target, String idColumn) {
    if (export == null) {
      return new Reviewed(inputs, 0);
    }
    Map<String, String> labels = LabelStudio.reviewed(export);
    long[] changed = {0};
    Inputs relabeled =
        inputs.map(
            row -> {
              String label = labels.get(LabelIssueFinder.name(row, idColumn));
              if (label == null || label.equals(row.get(target))) {
                return row;
              }
              changed[0]++;
              Map<String, String> values = new LinkedHashMap<>(row.values());
              values.put(target, label);
              return new Row(row.source(), row.line(), values);
            });
    if (!labels.isEmpty() && changed[0] == 0 && noneMatch(inputs, labels.keySet(), idColumn)) {
      throw new BadInputException(
          "--apply-review: none of the "
              + labels.size()
              + " reviewed rows of "
              + export
              + " is in this data: review the label_studio_tasks.json of a prepare of the same"
              + " files");
    }
    return new Reviewed(relabeled, changed[0]);
  }

  /** The suspects and review files, for classification when enabled; none otherwise. */
  static LabelReview find(
      PrepareRequest request,
      DatasetSchema schema,
      List<Row> rows,
      String idColumn,
      long relabeled) {
    if (schema.task() != Task.CLASSIFICATION
        || !request.options().labelIssues()
        || !hasReadableFeature(schema)) {
      return new LabelReview(List.of(), null, null, relabeled);
    }
    List<LabelIssue> issues =
        new LabelIssueFinder(new HashedLogisticModel())
            .find(schema, rows, idColumn, request.seed());
    Map<String, Row> byName = new HashMap<>();
    rows.forEach(row -> byName.put(LabelIssueFinder.name(row, idColumn), row));
    return new LabelReview(
        issues,
        LabelStudio.tasks(schema, issues, byName),
        LabelStudio.config(schema.classes()),
        relabeled);
  }

  /** Where each suspect row was read, as "source:line". */
  static java.util.Set<String> places(List<LabelIssue> issues) {
    java.util.Set<String> places = new java.util.HashSet<>();
    issues.forEach(issue -> places.add(issue.source() + ":" + issue.line()));
    return places;
  }

  static String place(Row row) {
    return row.source() + ":" + row.line();
  }

  private static boolean noneMatch(Inputs inputs, java.util.Set<String> names, String idColumn) {
    return inputs.rows().stream()
        .noneMatch(row -> names.contains(LabelIssueFinder.name(row, idColumn)));
  }
}
