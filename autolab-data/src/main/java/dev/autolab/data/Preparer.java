package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.images.ImageColumns;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnRole;
import dev.autolab.data.profile.ColumnStats;
import dev.autolab.data.profile.ColumnTyper;
import dev.autolab.data.profile.TaskDecision;
import dev.autolab.data.read.Numbers;
import dev.autolab.data.split.Splits;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Stage 1: reads the input files, sets aside rows that cannot be used, infers the task and the
 * column types, splits, fingerprints and profiles the data.
 *
 * <p>Rows without a target value are quarantined ("missing target"); for regression, so are rows
 * whose target is not a number ("unparseable target"). Task, classes and column types are decided
 * over the rows of all files together, so that every split is read with one schema. How the rows
 * are split is described in {@link SplitChooser}.
 */
public final class Preparer {
  private final ProgressListener progress;
  private final Clock clock;

  public Preparer(ProgressListener progress, Clock clock) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Prepares the request's data; throws {@link BadInputException} for input a user can fix. */
  public PreparedDataset prepare(PrepareRequest request) {
    String target = request.target();
    Inputs inputs =
        Inputs.read(request, progress).reject(row -> row.get(target) == null, "missing target");
    TaskDecision task = TaskDecision.decide(request.task(), ColumnStats.of(target, inputs.rows()));
    if (task.task() == Task.REGRESSION) {
      inputs = inputs.reject(row -> !Numbers.isNumber(row.get(target)), "unparseable target");
    }
    List<String> classes = classes(target, task.task(), inputs.rows());
    Splits splits = SplitChooser.split(request, inputs, task.task());
    // input order, so that row numbers still read as increasing
    List<ColumnProfile> columns = columns(request, inputs.columns(), inputs.rows(), task);
    DatasetSchema schema = schema(inputs, target, task.task(), classes, columns);
    return new DatasetAssembler(clock).assemble(request, inputs, schema, columns, splits);
  }

  /** The sorted labels for classification, after checking there is something to learn. */
  private static List<String> classes(String target, Task task, List<Row> rows) {
    TreeSet<String> values =
        rows.stream().map(r -> r.get(target)).collect(Collectors.toCollection(TreeSet::new));
    if (values.size() >= 2) {
      return task == Task.CLASSIFICATION ? List.copyOf(values) : List.of();
    }
    String what =
        task == Task.CLASSIFICATION ? "a classifier needs two classes" : "nothing to learn";
    throw new BadInputException(
        String.format(
            "target '%s' has the same value ('%s') in all %d rows: %s; check the --target column",
            target, values.first(), rows.size(), what));
  }

  private static List<ColumnProfile> columns(
      PrepareRequest request, List<String> names, List<Row> rows, TaskDecision task) {
    return names.stream()
        .map(
            name -> {
              ColumnStats stats = ColumnStats.of(name, rows);
              if (name.equals(request.target())) {
                return ColumnTyper.target(stats, task);
              }
              return ImageColumns.isImageColumn(name, rows)
                  ? ImageColumns.profile(stats)
                  : ColumnTyper.feature(stats, name.equals(request.textColumn()));
            })
        .toList();
  }

  private static DatasetSchema schema(
      Inputs inputs, String target, Task task, List<String> classes, List<ColumnProfile> columns) {
    List<ColumnSchema> features =
        columns.stream()
            .filter(c -> c.role() == ColumnRole.FEATURE)
            .map(c -> new ColumnSchema(c.name(), c.columnType()))
            .toList();
    if (features.isEmpty()) {
      String why =
          columns.stream()
              .filter(c -> c.role() == ColumnRole.EXCLUDED)
              .map(c -> c.name() + ": " + c.reason())
              .collect(Collectors.joining("; "));
      throw new BadInputException(
          "no usable feature columns in "
              + inputs.data().path()
              + " besides the target '"
              + target
              + "'"
              + (why.isEmpty() ? "" : " (" + why + ")")
              + ": add columns to learn from");
    }
    return new DatasetSchema(features, target, task, classes);
  }
}
