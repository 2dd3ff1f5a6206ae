package dev.autolab.data;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.clean.Cleaner;
import dev.autolab.data.dedup.Deduplicator;
import dev.autolab.data.dedup.DuplicateEntry;
import dev.autolab.data.dedup.DuplicateSummary;
import dev.autolab.data.images.ImageColumns;
import dev.autolab.data.labels.LabelReview;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnRole;
import dev.autolab.data.profile.ColumnStats;
import dev.autolab.data.profile.ColumnTyper;
import dev.autolab.data.profile.LeakFinder;
import dev.autolab.data.profile.TaskDecision;
import dev.autolab.data.read.Numbers;
import dev.autolab.data.split.Splits;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
  /**
   * Suspects are pruned from train only when they are at most this share of the rows: pruning
   * trusts the out-of-fold model, and a model that doubts more rows than that has not learned the
   * task well enough to be trusted (label noise in real data sets is mostly a few percent).
   */
  static final double MAX_PRUNED_SHARE = 0.1;

  private final ProgressListener progress;
  private final Clock clock;

  public Preparer(ProgressListener progress, Clock clock) {
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Prepares the request's data; throws {@link BadInputException} for input a user can fix. */
  public PreparedDataset prepare(PrepareRequest request) {
    String target = request.target();
    Inputs read = Inputs.read(request, progress);
    Cleaner cleaner = Cleaner.decide(read.columns(), read.rows(), emailColumns(request, read));
    Inputs inputs =
        read.map(cleaner::clean).reject(row -> row.get(target) == null, "missing target");
    TaskDecision task = TaskDecision.decide(request.task(), ColumnStats.of(target, inputs.rows()));
    if (task.task() == Task.REGRESSION) {
      inputs = inputs.reject(row -> !Numbers.isNumber(row.get(target)), "unparseable target");
    }
    TimeStage time = TimeStage.of(request, inputs);
    inputs = time.inputs();
    // input order, so that row numbers still read as increasing
    List<ColumnProfile> columns = columns(request, inputs.columns(), inputs.rows(), task);
    String idColumn = LabelStage.idColumn(columns);
    LabelStage.Reviewed reviewed =
        LabelStage.applyReview(inputs, request.options().review(), target, idColumn);
    if (reviewed.relabeled() > 0) {
      inputs = reviewed.inputs();
      columns = columns(request, inputs.columns(), inputs.rows(), task);
    }
    List<String> classes = classes(target, task.task(), inputs.rows());
    DatasetSchema schema = schema(inputs.data().path(), target, task.task(), classes, columns);
    Deduplicator dedup = deduplicator(schema, request.seed());
    long conflicts = dedup.conflicts(inputs.rows());
    // A valid or test file the user gave is that split, whole: only the data file is deduplicated.
    Map<Row, DuplicateEntry> exact = dedup.exact(inputs.dataRows());
    inputs = inputs.drop(exact);
    Splits splits = SplitChooser.split(request, inputs, task.task(), time.column());
    Map<Row, DuplicateEntry> leaked = dedup.leakage(splits);
    long leakedKept = keepGiven(leaked, inputs);
    inputs = inputs.drop(leaked);
    splits = without(splits, leaked);
    DuplicateSummary duplicates =
        new DuplicateSummary(
            exact.size(),
            conflicts,
            dedup.nearInTrain(splits.train()),
            leaked.values().stream().filter(e -> e.reason().startsWith("valid")).count(),
            leaked.values().stream().filter(e -> e.reason().startsWith("test")).count(),
            leakedKept);
    LabelReview labels =
        LabelStage.find(request, schema, splits.all(), idColumn, reviewed.relabeled());
    if (request.options().pruneLabelIssues()
        && !labels.issues().isEmpty()
        && labels.issues().size() <= MAX_PRUNED_SHARE * splits.size()) {
      Set<String> suspects = LabelStage.places(labels.issues());
      java.util.Set<Row> trainPruned =
          java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      splits.train().stream()
          .filter(row -> suspects.contains(LabelStage.place(row)))
          .forEach(trainPruned::add);
      inputs = inputs.reject(trainPruned::contains, "suspected label error (pruned from train)");
      splits =
          new Splits(
              splits.train().stream().filter(row -> !trainPruned.contains(row)).toList(),
              splits.valid(),
              splits.test());
    }
    return new DatasetAssembler(clock)
        .assemble(
            request,
            inputs,
            schema,
            columns,
            splits,
            new DatasetAssembler.Findings(duplicates, labels, cleaner, time.column()));
  }

  /** With --email, the columns whose e-mail headers and quoted replies are removed. */
  private static Set<String> emailColumns(PrepareRequest request, Inputs read) {
    return request.options().emails()
        ? Cleaner.emailColumns(read.columns(), read.rows(), request.target(), request.textColumn())
        : Set.of();
  }

  /** Takes the rows of given valid/test files out of {@code leaked}; returns how many. */
  private static long keepGiven(Map<Row, DuplicateEntry> leaked, Inputs inputs) {
    long kept = 0;
    for (String role : List.of("valid", "test")) {
      for (Row row : inputs.role(role).map(Input::rows).orElse(List.of())) {
        kept += leaked.remove(row) != null ? 1 : 0;
      }
    }
    return kept;
  }

  private static Deduplicator deduplicator(DatasetSchema schema, long seed) {
    List<String> features = schema.features().stream().map(ColumnSchema::name).toList();
    List<String> texts =
        schema.featuresOfType(ColumnType.TEXT).stream().map(ColumnSchema::name).toList();
    return new Deduplicator(features, schema.target(), texts, seed);
  }

  private static Splits without(Splits splits, Map<Row, DuplicateEntry> removed) {
    return new Splits(
        splits.train(),
        splits.valid().stream().filter(r -> !removed.containsKey(r)).toList(),
        splits.test().stream().filter(r -> !removed.containsKey(r)).toList());
  }

  /** The sorted labels for classification, after checking there is something to learn. */
  static List<String> classes(String target, Task task, List<Row> rows) {
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

  static List<ColumnProfile> columns(
      PrepareRequest request, List<String> names, List<Row> rows, TaskDecision task) {
    return names.stream()
        .map(
            name -> {
              ColumnStats stats = ColumnStats.of(name, rows);
              if (name.equals(request.target())) {
                return ColumnTyper.target(stats, task);
              }
              if (ImageColumns.isImageColumn(name, rows)) {
                return ImageColumns.profile(stats);
              }
              return withoutLeak(
                  ColumnTyper.feature(stats, name.equals(request.textColumn())),
                  request.target(),
                  task,
                  rows);
            })
        .toList();
  }

  /** The feature, or the feature excluded when it gives the target away. */
  private static ColumnProfile withoutLeak(
      ColumnProfile feature, String target, TaskDecision task, List<Row> rows) {
    if (feature.role() != ColumnRole.FEATURE) {
      return feature;
    }
    return LeakFinder.leak(feature, target, task.task(), rows)
        .map(
            why ->
                new ColumnProfile(
                    feature.name(),
                    feature.type(),
                    ColumnRole.EXCLUDED,
                    feature.missing(),
                    feature.distinct(),
                    why))
        .orElse(feature);
  }

  static DatasetSchema schema(
      Path data, String target, Task task, List<String> classes, List<ColumnProfile> columns) {
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
              + data
              + " besides the target '"
              + target
              + "'"
              + (why.isEmpty() ? "" : " (" + why + ")")
              + ": add columns to learn from");
    }
    return new DatasetSchema(features, target, task, classes);
  }
}
