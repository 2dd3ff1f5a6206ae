package dev.autolab.data.labels;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds suspected label errors of a classification data set by confident learning. */
public final class LabelIssueFinder {
  /** Fewer rows per class than this give out-of-fold estimates too noisy to accuse anyone. */
  static final int MIN_ROWS_PER_CLASS = 5;

  /** Beyond this many classes the hashed model's weights would take too much memory. */
  static final int MAX_CLASSES = 100;

  private final OutOfFoldModel model;

  public LabelIssueFinder(OutOfFoldModel model) {
    this.model = model;
  }

  /**
   * The suspects among {@code rows}, most suspect first; empty when there are too few rows or too
   * many classes to judge. {@code idColumn} names rows when not null.
   */
  public List<LabelIssue> find(DatasetSchema schema, List<Row> rows, String idColumn, long seed) {
    List<String> classes = schema.classes();
    if (classes.size() < 2
        || classes.size() > MAX_CLASSES
        || rows.size() < MIN_ROWS_PER_CLASS * classes.size()) {
      return List.of();
    }
    double[][] p = model.probabilities(schema, rows, Seeds.derive(seed, "label-issues"));
    int[] labels = rows.stream().mapToInt(r -> classes.indexOf(r.get(schema.target()))).toArray();
    List<LabelIssue> issues = new ArrayList<>();
    for (ConfidentLearning.Suspect s : ConfidentLearning.find(p, labels, classes.size())) {
      Row row = rows.get(s.index());
      issues.add(
          new LabelIssue(
              issues.size() + 1,
              name(row, idColumn),
              row.source(),
              row.line(),
              row.get(schema.target()),
              classes.get(s.suggested()),
              round(s.selfConfidence()),
              probabilities(classes, p[s.index()])));
    }
    return issues;
  }

  /** A row's name in the issue list and the review file: ID value, else "source:line". */
  public static String name(Row row, String idColumn) {
    String id = idColumn == null ? null : row.get(idColumn);
    return id != null ? id : row.source() + ":" + row.line();
  }

  private static Map<String, Double> probabilities(List<String> classes, double[] p) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      map.put(classes.get(k), round(p[k]));
    }
    return map;
  }

  private static double round(double v) {
    return Math.round(v * 1e4) / 1e4;
  }
}
