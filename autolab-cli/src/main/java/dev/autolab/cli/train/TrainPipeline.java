package dev.autolab.cli.train;

import dev.autolab.cli.CommonOptions;
import dev.autolab.cli.DataOptions;
import dev.autolab.cli.export.ExportStep;
import dev.autolab.cli.progress.TerminalProgress;
import dev.autolab.cli.report.ReportWriter;
import dev.autolab.cli.report.Tables;
import dev.autolab.cli.run.ResumedRun;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Event;
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
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The wiring of {@code autolab train}: prepare, plan, race, package, evaluate, report, each
 * recorded in the run. The model is evaluated as loaded back from its package, so the metrics are
 * those {@code autolab predict} reproduces. A resumed run ({@link #resuming}) goes through the same
 * steps in its own folder, its races restoring the trials it kept.
 */
public final class TrainPipeline {
  private final DataOptions dataOptions;
  private final TrainOptions options;
  private final CommonOptions common;
  private final PrintWriter out;
  private final String[] args;
  private final ResumedRun resumed;
  private final Clock clock = Clock.systemUTC();
  private final TerminalProgress progress = TerminalProgress.onStandardError();

  /** A new training run. */
  public TrainPipeline(
      DataOptions dataOptions,
      TrainOptions options,
      CommonOptions common,
      PrintWriter out,
      String[] args) {
    this(dataOptions, options, common, out, args, null);
  }

  private TrainPipeline(
      DataOptions dataOptions,
      TrainOptions options,
      CommonOptions common,
      PrintWriter out,
      String[] args,
      ResumedRun resumed) {
    this.dataOptions = dataOptions;
    this.options = options;
    this.common = common;
    this.out = out;
    this.args = args;
    this.resumed = resumed;
  }

  /**
   * The interrupted run {@code run}, finished in its own folder with the options it recorded
   * (parsed into {@code dataOptions} and {@code options}): trials it kept are restored, the others
   * train again, within what is left of its time budget.
   */
  public static TrainPipeline resuming(
      ResumedRun run,
      DataOptions dataOptions,
      TrainOptions options,
      CommonOptions common,
      PrintWriter out) {
    return new TrainPipeline(
        dataOptions, options, common, out, run.args().toArray(String[]::new), run);
  }

  /** Runs the pipeline; returns the exit code. */
  public int run() {
    dataOptions.request(); // fail on a missing DATA or --target before any work
    dataOptions.taskOverride(); // fail on a bad --task, --split or --max-rounds before any work
    dataOptions.splitOrder();
    options.maxRounds();
    options.supervisor.check();
    options.timeBudget();
    GatesFile.read(options.evaluation.gates);
    Set<Format> exportFormats = Format.parse(options.export);
    Instant resumedAt = clock.instant();
    // A resumed run checks its data before it is opened: changed data leave the run as it was.
    PreparedDataset prepared = resumed == null ? null : prepareAgain();
    try (RunRecorder run = open()) {
      run.record().config = config();
      run.save();
      return run.execute(
          "race",
          () -> {
            trainIn(run, exportFormats, prepared, prepared == null ? clock.instant() : resumedAt);
            return 0;
          });
    }
  }

  private RunRecorder open() {
    if (resumed == null) {
      return RunRecorder.start(
          "train", args, dataOptions.out, common.runsDir(), common.trackingFile(), clock);
    }
    RunRecorder run = RunRecorder.resume(resumed, common.trackingFile(), clock);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("status_before", resumed.status());
    evidence.put("kept_trials", KeptTrials.count(run.dir()));
    evidence.put("spent_s", KeptTrials.spent(run.dir()).toMillis() / 1000.0);
    run.journal()
        .record(
            Event.of(
                clock,
                "race",
                "note",
                "resume",
                evidence,
                String.format(
                    Locale.ROOT,
                    "run resumed (it was left %s): %s it finished restored, the others train"
                        + " again; %.1f s of training time already spent",
                    resumed.status(),
                    trials(KeptTrials.count(run.dir())),
                    evidence.get("spent_s"))));
    return run;
  }

  private static String trials(int n) {
    return n == 1 ? "the 1 trial" : "the " + n + " trials";
  }

  /**
   * The resumed run's data prepared again (same options, same seed, so the same splits), checked
   * against the fingerprint it recorded.
   */
  private PreparedDataset prepareAgain() {
    PreparedDataset dataset = new Preparer(progress, clock).prepare(dataOptions.request());
    String recorded = resumed.fingerprint();
    if (recorded != null && !recorded.equals(dataset.fingerprint())) {
      throw new BadInputException(
          "the data changed since run "
              + resumed.id()
              + " started (fingerprint "
              + recorded.substring(0, Math.min(12, recorded.length()))
              + "…, now "
              + dataset.fingerprint().substring(0, 12)
              + "…): it cannot resume; train it again with 'autolab train'");
    }
    return dataset;
  }

  /**
   * Trains in the opened run.
   *
   * @param prepared the data when prepared before the run was opened (a resumed run), else null
   * @param t0 when the work began, data preparation included
   */
  private void trainIn(
      RunRecorder run, Set<Format> exportFormats, PreparedDataset prepared, Instant t0) {
    PreparedDataset dataset = prepared == null ? prepare(run) : recordData(run, prepared);
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
                Machine.detect(),
                options.timeBudget());
    Duration budget = options.timeBudget();
    Map<String, Object> planJson = RunRecorder.asMap(plan);
    planJson.put("time_budget_s", budget == null ? null : budget.toMillis() / 1000.0);
    Json.write(run.dir().resolve("plan.json"), planJson);
    // The budget bounds training, not data preparation: it starts with the race. A resumed run
    // has what its kept trials did not spend.
    Deadline deadline =
        budget == null
            ? Deadline.NONE
            : resumed == null
                ? Deadline.startingNow(budget)
                : Deadline.resumed(budget, KeptTrials.spent(run.dir()));
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
    return recordData(run, new Preparer(progress, clock).prepare(dataOptions.request()));
  }

  private PreparedDataset recordData(RunRecorder run, PreparedDataset dataset) {
    dataset.write(run.dir().resolve("data"));
    DataSummary.accountingLines(dataset).forEach(out::println);
    run.record().data = DataSummary.of(dataset);
    run.param("data.fingerprint", dataset.fingerprint());
    run.param("task", dataset.schema().task().id());
    run.journal().record(DataSummary.event(dataset, clock));
    run.save();
    return dataset;
  }

  private static String absolute(Path path) {
    return path == null ? null : path.toAbsolutePath().normalize().toString();
  }

  private Map<String, Object> config() {
    Map<String, Object> config = dataOptions.config();
    config.put("metric", options.metric);
    config.put("overrides", options.overrides);
    // Absolute, as the data paths: a resume may run from another working directory.
    config.put("gates", absolute(options.evaluation.gates));
    config.put("control", absolute(options.evaluation.control));
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
