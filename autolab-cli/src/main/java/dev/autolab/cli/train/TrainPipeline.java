package dev.autolab.cli.train;

import dev.autolab.cli.CommonOptions;
import dev.autolab.cli.DataOptions;
import dev.autolab.cli.export.ExportStep;
import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.report.ReportWriter;
import dev.autolab.cli.report.Tables;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.Preparer;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.Evaluation;
import dev.autolab.eval.Metric;
import dev.autolab.eval.gate.GatesFile;
import dev.autolab.export.Format;
import dev.autolab.export.run.Timer;
import dev.autolab.registry.RunFolder;
import dev.autolab.registry.card.ModelPackage;
import dev.autolab.train.Deadline;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.plan.Machine;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.race.RaceResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
    dataOptions.taskOverride(); // fail on a bad --task, --split or --max-rounds before any work
    dataOptions.splitOrder();
    options.maxRounds();
    options.supervisor.check();
    options.timeBudget();
    GatesFile.read(options.evaluation.gates);
    Set<Format> exportFormats = Format.parse(options.export);
    try (RunRecorder run =
        RunRecorder.start(
            "train", args, dataOptions.out, common.runsDir(), common.trackingFile(), clock)) {
      run.record().config = config();
      run.save();
      return run.execute(
          "race",
          () -> {
            trainIn(run, exportFormats);
            return 0;
          });
    }
  }

  private void trainIn(RunRecorder run, Set<Format> exportFormats) {
    Instant t0 = clock.instant();
    PreparedDataset dataset = prepare(run);
    Instant t1 = clock.instant();
    run.timing("prepare", Duration.between(t0, t1));

    Metric metric = options.metricFor(dataset.schema().task());
    run.record().config.put("metric", metric.id());
    run.param("metric", metric.id());
    Plan plan =
        new Planner()
            .plan(
                dataset.schema(),
                dataset.train().size(),
                options.overrides,
                metric,
                Machine.detect());
    Duration budget = options.timeBudget();
    Map<String, Object> planJson = RunRecorder.asMap(plan);
    planJson.put("time_budget_s", budget == null ? null : budget.toMillis() / 1000.0);
    Json.write(run.dir().resolve("plan.json"), planJson);
    // The budget bounds training, not data preparation: it starts with the race.
    Deadline deadline = budget == null ? Deadline.NONE : Deadline.startingNow(budget);
    TrainingRounds.Outcome outcome =
        new TrainingRounds(
                run,
                dataset,
                metric,
                dataOptions.seed,
                progress,
                options.overrides,
                options.evaluation.settings(dataOptions.seed),
                clock,
                deadline)
            .supervised(options.supervisor.supervision(new PrintWriter(System.err, true)))
            .run(plan, options.maxRounds());
    Assessment assessment = outcome.assessment();
    Evaluation evaluation = assessment.evaluation();
    RaceResult race = outcome.race();
    Path modelDir = run.dir().resolve("model");
    Json.write(run.dir().resolve("evaluation.json"), assessment);
    ModelPackager.writeCard(modelDir, outcome.model(), evaluation);
    for (Metric m : Metric.values()) {
      if (m.task() == dataset.schema().task()) {
        run.metrics().log("test." + m.id(), 0, evaluation.metrics().value(m));
      }
    }
    Instant t2 = clock.instant();
    run.timing("train_and_evaluate", Duration.between(t1, t2));
    if (!exportFormats.isEmpty()) {
      ExportStep.run(
          ModelLoader.load(modelDir),
          modelDir,
          dataset.test(),
          dataset.train(),
          exportFormats,
          Timer.QUICK,
          run.dir(),
          run.journal(),
          clock,
          out);
      run.timing("export", Duration.between(t2, clock.instant()));
    }
    run.timing("total", Duration.between(t0, clock.instant()));

    run.record().result = result(race, evaluation, metric);
    run.record().result.put("verdict", assessment.verdict());
    run.record().result.put("rounds", outcome.rounds());
    run.record().result.put("learning_curve", outcome.learningCurve());
    run.save();
    completeCard(run.dir(), dataset.schema().target());
    ReportWriter.write(
        run.dir(),
        run.record(),
        dataset,
        outcome.plan(),
        race,
        assessment,
        outcome.rounds(),
        outcome.learningCurve());
    printSummary(run, dataset, race, assessment);
  }

  /**
   * Replaces the short card with the full generated one (evaluation, limitations, the export
   * comparison, usage), as {@code autolab publish} writes it, so that the run's package is complete
   * before anything is published. A card that does not validate leaves the short one.
   */
  private void completeCard(Path runDir, String name) {
    try {
      // "other" until the user publishes with --license, as publish itself defaults.
      ModelPackage.complete(RunFolder.read(runDir), name, "other");
    } catch (BadInputException e) {
      out.println("model card: the short card is kept (" + e.getMessage() + ")");
    }
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
    Duration budget = options.timeBudget();
    config.put("time_budget_s", budget == null ? null : budget.toMillis() / 1000.0);
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
      RunRecorder run, PreparedDataset dataset, RaceResult race, Assessment assessment) {
    out.println();
    out.println(Tables.leaderboard(race.leaderboard()));
    out.println(Tables.evaluation(assessment.evaluation()));
    out.println(Tables.gates(assessment));
    out.println("run     " + run.id() + "  (" + dataset.schema().task().id() + ")");
    out.println("model   " + run.dir().resolve("model"));
    out.println("report  " + run.dir().resolve("report.html"));
    out.flush();
  }
}
