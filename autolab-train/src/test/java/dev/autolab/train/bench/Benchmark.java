package dev.autolab.train.bench;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.eval.Metrics;
import dev.autolab.train.Families;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.race.Race;
import dev.autolab.train.race.RaceResult;
import dev.autolab.train.race.Standing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Runs the planner and the race on a benchmark data set exactly as a run would (choices on the
 * validation split only), then scores the chosen model once on the test split.
 */
final class Benchmark {
  /** What a benchmark run measured. */
  record Outcome(RaceResult race, Metrics test, double seconds) {}

  private Benchmark() {}

  static Outcome run(String name, DatasetSchema schema, Set<String> missing, Metric metric) {
    Path dir = BenchFiles.ROOT.resolve(name);
    Set<String> columns = columns(schema);
    List<Row> train = BenchFiles.read(dir.resolve("train.csv"), columns, missing);
    List<Row> valid = BenchFiles.read(dir.resolve("valid.csv"), columns, missing);
    List<Row> test = BenchFiles.read(dir.resolve("test.csv"), columns, missing);
    List<String> journal = new ArrayList<>();
    TrainingContext context =
        new TrainingContext(
            42,
            metric,
            ProgressListener.NONE,
            event -> journal.add(Json.line(event)),
            MetricSink.NONE,
            Clock.systemUTC(),
            Map.of());
    long start = System.nanoTime();
    TrainingData data = new TrainingData(schema, train, valid);
    RaceResult race =
        new Race().run(new Planner().plan(schema, train.size(), Map.of()), data, context);
    double seconds = (System.nanoTime() - start) / 1e9;
    TrainedModel best = race.best();
    Metrics testMetrics = Validation.metrics(best, test);
    print(name, race, testMetrics, seconds);
    journal.forEach(line -> System.out.println("   journal " + line));
    printWithoutRefit(schema, train, test, best);
    return new Outcome(race, testMetrics, seconds);
  }

  /** The schema a benchmark's {@code meta.json} describes (tabular sets). */
  @SuppressWarnings("unchecked")
  static DatasetSchema tabularSchema(String name) throws java.io.IOException {
    Map<String, Object> meta =
        Json.mapper()
            .readValue(
                Files.readString(BenchFiles.ROOT.resolve(name).resolve("meta.json")), Map.class);
    List<String> categorical = (List<String>) meta.get("categorical");
    List<ColumnSchema> features = new ArrayList<>();
    for (String feature : (List<String>) meta.get("features")) {
      features.add(
          new ColumnSchema(
              feature,
              categorical.contains(feature) ? ColumnType.CATEGORICAL : ColumnType.NUMERIC));
    }
    return new DatasetSchema(
        features,
        (String) meta.get("target"),
        Task.parse((String) meta.get("task")),
        (List<String>) meta.get("classes"));
  }

  private static Set<String> columns(DatasetSchema schema) {
    Set<String> columns = new java.util.HashSet<>();
    schema.features().forEach(c -> columns.add(c.name()));
    columns.add(schema.target());
    return columns;
  }

  /**
   * For information only (nothing is chosen from it): the chosen settings fitted on the training
   * rows alone, as the race scored them on validation before the refit.
   */
  private static void printWithoutRefit(
      DatasetSchema schema, List<Row> train, List<Row> test, TrainedModel best) {
    TrainedModel trainOnly =
        Families.trainer(best.family(), best.hyperparameters())
            .fit(
                new TrainingData(schema, train, List.of()),
                TrainingContext.quiet(42, Metric.MACRO_F1));
    Metrics metrics = Validation.metrics(trainOnly, test);
    System.out.printf(
        Locale.ROOT,
        "   without refit: test %s%n",
        Json.line(metrics).replaceAll(",\"per_class\".*", "}"));
  }

  private static void print(String name, RaceResult race, Metrics test, double seconds) {
    System.out.printf(
        Locale.ROOT,
        "== %s: winner %s %s, %.1f s%n",
        name,
        race.bestCandidate(),
        race.best().hyperparameters(),
        seconds);
    for (Standing s : race.leaderboard()) {
      System.out.printf(
          Locale.ROOT,
          "   %-14s valid %.4f  (%.1f s)%n",
          s.candidate(),
          s.validScore(),
          s.seconds());
    }
    System.out.printf(
        Locale.ROOT, "   test %s%n", Json.line(test).replaceAll(",\"per_class\".*", "}"));
  }
}
