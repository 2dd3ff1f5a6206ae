package dev.autolab.cli.train;

import dev.autolab.cli.CommonOptions;
import dev.autolab.cli.DataOptions;
import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.report.ReportWriter;
import dev.autolab.cli.report.Tables;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.Json;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import dev.autolab.eval.Evaluation;
import dev.autolab.eval.Metric;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.race.Race;
import dev.autolab.train.race.RaceResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wiring of {@code autolab train}: prepare, plan, race, package, evaluate, report, each
 * recorded in the run. The model is evaluated as loaded back from its package, so the metrics are
 * those {@code autolab predict} reproduces.
 */
public final class TrainPipeline {
  private final DataOptions dataOptions;
  private final TrainOptions options;
  private final CommonOptions common;
  private final PrintWriter out;
  private final String[] args;
  private final Clock clock = Clock.systemUTC();
  private final TerminalProgress progress = TerminalProgress.onStandardError();

  public TrainPipeline(
      DataOptions dataOptions,
      TrainOptions options,
      CommonOptions common,
      PrintWriter out,
      String[] args) {
    this.dataOptions = dataOptions;
    this.options = options;
    this.common = common;
    this.out = out;
    this.args = args;
  }

  /** Runs the pipeline; returns the exit code. */
  public int run() {
    dataOptions.taskOverride(); // fail on a bad --task before any work
    try (RunRecorder run =
        RunRecorder.start(
            "train", args, dataOptions.out, common.runsDir(), common.trackingFile(), clock)) {
      run.record().config = config();
      run.save();
      return run.execute(
          "race",
          () -> {
            trainIn(run);
            return 0;
          });
    }
  }

  private void trainIn(RunRecorder run) {
    Instant t0 = clock.instant();
    PreparedDataset dataset = prepare(run);
    Instant t1 = clock.instant();
    run.timing("prepare", Duration.between(t0, t1));

    Metric metric = options.metricFor(dataset.schema().task());
    run.record().config.put("metric", metric.id());
    run.param("metric", metric.id());
    TrainingData data = new TrainingData(dataset.schema(), dataset.train(), dataset.valid());
    TrainingContext context =
        new TrainingContext(
            dataOptions.seed,
            metric,
            progress,
            run.journal(),
            run.metrics(),
            clock,
            options.overrides);
    Plan plan = new Planner().plan(dataset.schema(), dataset.train().size(), options.overrides);
    Json.write(run.dir().resolve("plan.json"), plan);
    RaceResult race = new Race().run(plan, data, context);
    Instant t2 = clock.instant();
    run.timing("train", Duration.between(t1, t2));

    Path modelDir = run.dir().resolve("model");
    ModelPackager.write(race.best(), modelDir, dataset, run);
    TrainedModel packaged = ModelLoader.load(modelDir);
    Evaluation evaluation =
        ModelScorer.evaluate(packaged, dataset.test(), "test", run.journal(), clock);
    Json.write(run.dir().resolve("evaluation.json"), evaluation);
    ModelPackager.writeCard(modelDir, packaged, evaluation);
    for (Metric m : Metric.values()) {
      if (m.task() == dataset.schema().task()) {
        run.metrics().log("test." + m.id(), 0, evaluation.metrics().value(m));
      }
    }
    run.timing("evaluate", Duration.between(t2, clock.instant()));
    run.timing("total", Duration.between(t0, clock.instant()));

    run.record().result = result(race, evaluation, metric);
    run.save();
    ReportWriter.write(run.dir(), run.record(), dataset, plan, race, evaluation);
    printSummary(run, dataset, race, evaluation);
  }

  private PreparedDataset prepare(RunRecorder run) {
    PreparedDataset dataset = new Preparer(progress, clock).prepare(dataOptions.request());
    dataset.write(run.dir().resolve("data"));
    DataSummary.accountingLines(dataset).forEach(out::println);
    run.record().data = DataSummary.of(dataset);
    run.param("data.fingerprint", dataset.fingerprint());
    run.param("task", dataset.schema().task().id());
    run.journal().record(DataSummary.event(dataset, clock));
    run.save();
    return dataset;
  }

  private Map<String, Object> config() {
    Map<String, Object> config = dataOptions.config();
    config.put("metric", options.metric);
    config.put("overrides", options.overrides);
    return config;
  }

  private static Map<String, Object> result(RaceResult race, Evaluation evaluation, Metric metric) {
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("best_candidate", race.bestCandidate());
    result.put("family", race.best().family());
    result.put("metric", metric.id());
    result.put("test_" + metric.id(), evaluation.metrics().value(metric));
    result.put("leaderboard", race.leaderboard());
    return result;
  }

  private void printSummary(
      RunRecorder run, PreparedDataset dataset, RaceResult race, Evaluation evaluation) {
    out.println();
    out.println(Tables.leaderboard(race.leaderboard()));
    out.println(Tables.evaluation(evaluation));
    out.println("run     " + run.id() + "  (" + dataset.schema().task().id() + ")");
    out.println("model   " + run.dir().resolve("model"));
    out.println("report  " + run.dir().resolve("report.html"));
    out.flush();
  }
}
