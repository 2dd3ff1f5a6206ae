package dev.autolab.cli.train;

import dev.autolab.cli.evaluate.EvaluationSettings;
import dev.autolab.cli.evaluate.ModelAssessor;
import dev.autolab.cli.run.RunRecorder;
import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import dev.autolab.core.Json;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.PreparedDataset;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metric;
import dev.autolab.train.Deadline;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.decision.DecidedModel;
import dev.autolab.train.decision.DecisionWeights;
import dev.autolab.train.decision.OutOfFold;
import dev.autolab.train.features.Targets;
import dev.autolab.train.plan.DataTreatment;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.plan.Reason;
import dev.autolab.train.plan.Revision;
import dev.autolab.train.plan.Treatments;
import dev.autolab.train.plan.Weakness;
import dev.autolab.train.race.Race;
import dev.autolab.train.race.RaceResult;
import dev.autolab.train.supervise.Supervision;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The loop back from evaluation to planning: race a plan, package and evaluate the winner, and when
 * gates fail, turn the failures into weaknesses, revise the plan and run another round, at most
 * {@code maxRounds} in all. The gates read the test split, but the test split never chooses between
 * models: a later round that still fails is delivered only if it does not lose the metric out of
 * fold on train+valid (see {@link #keepBetter}). The delivered model is marked with its verdict.
 * Every event of round N carries {@code "round": N}.
 */
final class TrainingRounds {
  /** What the rounds produced: the delivered model's race, evaluation and plan. */
  record Outcome(
      RaceResult race,
      TrainedModel model,
      Assessment assessment,
      Plan plan,
      List<RoundSummary> rounds,
      List<CurvePoint> learningCurve) {}

  private final RunRecorder run;
  private final PreparedDataset dataset;
  private final Metric metric;
  private final long seed;
  private final ProgressListener progress;
  private final Map<String, String> overrides;
  private final EvaluationSettings settings;
  private final Clock clock;
  private Supervision supervision = Supervision.defaults();
  private final Deadline deadline;

  TrainingRounds(
      RunRecorder run,
      PreparedDataset dataset,
      Metric metric,
      long seed,
      ProgressListener progress,
      Map<String, String> overrides,
      EvaluationSettings settings,
      Clock clock,
      Deadline deadline) {
    this.run = run;
    this.dataset = dataset;
    this.metric = metric;
    this.seed = seed;
    this.progress = progress;
    this.overrides = overrides;
    this.settings = settings;
    this.clock = clock;
    this.deadline = deadline;
  }

  /** Trains under this supervision (the default: the supervisor on, journal only). */
  TrainingRounds supervised(Supervision value) {
    this.supervision = value;
    return this;
  }

  Outcome run(Plan first, int maxRounds) {
    Plan plan = first;
    DataTreatment treatment = DataTreatment.NONE;
    List<RoundSummary> summaries = new ArrayList<>();
    Round earlier = null;
    for (int round = 1; ; round++) {
      EventSink journal = inRound(round);
      TrainingData treated = treated(treatment);
      // Each finished trial is kept in the run, so that an interrupted run resumes without it.
      Race racer = new Race(KeptTrials.ofRound(run.dir(), round));
      RaceResult race = racer.run(plan, treated, context(journal, round));
      Round current = new Round(round, plan, treatment, treated, race, race.best());
      if (treatment.tuneDecision() && dataset.schema().task() == Task.CLASSIFICATION) {
        decide(current, journal);
      }
      TrainedModel packaged = packageModel(current.model);
      Assessment assessment =
          new ModelAssessor(settings, journal, clock)
              .assess(packaged, modelDir(), dataset.test(), "test", round, run.dir());
      current.assessment = assessment;
      summaries.add(RoundSummary.of(round, assessment, metric));
      // Each round's full evaluation stays readable after later rounds replace the model.
      Json.write(run.dir().resolve("rounds/" + round + "/evaluation.json"), assessment);
      // A spent budget ends the loop back: the best model so far is delivered.
      if (assessment.passed() || round >= maxRounds || deadline.passed()) {
        Round delivered = earlier == null ? current : keepBetter(earlier, current, journal);
        if (delivered != current) {
          packaged = packageModel(delivered.model);
        }
        return deliver(delivered, packaged, journal, maxRounds, summaries);
      }
      List<Weakness> weaknesses = GateWeaknesses.from(assessment.gates());
      Revision revision = new Planner().revise(plan, dataset.schema(), weaknesses);
      if (revision.treatment().isNone() && revision.plan().equals(plan)) {
        // Nothing to change for these weaknesses: another round would repeat this one.
        journal.record(
            Event.of(
                clock,
                "planner",
                "note",
                "no-remedy",
                Map.of("weaknesses", describe(weaknesses)),
                "no remedy for these weaknesses; this round's model is delivered"));
        return deliver(current, packaged, journal, maxRounds, summaries);
      }
      journalRevision(round + 1, revision, weaknesses);
      earlier = earlier == null ? current : keepBetter(earlier, current, EventSink.NONE);
      plan = revision.plan();
      treatment = revision.treatment();
      Json.write(run.dir().resolve("rounds/" + (round + 1) + "/plan.json"), plan);
    }
  }

  /** One round's race, its model and what is known of it. */
  private static final class Round {
    final int number;
    final Plan plan;
    final DataTreatment treatment;
    final TrainingData treated;
    final RaceResult race;
    TrainedModel model;
    Assessment assessment;
    Double outOfFold;

    Round(
        int number,
        Plan plan,
        DataTreatment treatment,
        TrainingData treated,
        RaceResult race,
        TrainedModel model) {
      this.number = number;
      this.plan = plan;
      this.treatment = treatment;
      this.treated = treated;
      this.race = race;
      this.model = model;
    }
  }

  /**
   * The round to deliver when a later round still fails its gates: the later one unless it loses
   * more than {@link #ROUND_TOLERANCE} of the metric out of fold on train+valid. The test split
   * chose neither, so a remedy that costs more than it gives (forcing a rare class's recall up at
   * the price of every other class) is not delivered just because it came last.
   */
  private Round keepBetter(Round earlier, Round later, EventSink journal) {
    if (later.assessment.passed() || dataset.schema().task() != Task.CLASSIFICATION) {
      return later;
    }
    double before = outOfFold(earlier);
    double after = outOfFold(later);
    double loss = metric.higherIsBetter() ? before - after : after - before;
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("out_of_fold_" + metric.id() + "_round_" + earlier.number, before);
    evidence.put("out_of_fold_" + metric.id() + "_round_" + later.number, after);
    evidence.put("tolerance", ROUND_TOLERANCE);
    boolean keepLater = loss <= ROUND_TOLERANCE;
    Round kept = keepLater ? later : earlier;
    journal.record(
        Event.of(
            clock,
            "gate",
            "action",
            "round-choice",
            evidence,
            "round "
                + kept.number
                + "'s model is delivered: round "
                + later.number
                + (keepLater ? " keeps " : " loses more than the tolerance of ")
                + metric.id()
                + " out of fold on train+valid"));
    return kept;
  }

  /** Half a point: the most of the metric a remedy may cost and still be delivered. */
  static final double ROUND_TOLERANCE = 0.005;

  private double outOfFold(Round round) {
    if (round.outOfFold == null) {
      List<Row> rows = trainAndValid();
      double[][] p = outOfFoldProbabilities(round.race.best(), round.treatment);
      if (round.model instanceof DecidedModel decided) {
        p = decided.weigh(p);
      }
      round.outOfFold =
          Evaluator.classification(
                  dataset.schema().classes(), Targets.classIndices(dataset.schema(), rows), p)
              .value(metric);
    }
    return round.outOfFold;
  }

  private Outcome deliver(
      Round round,
      TrainedModel packaged,
      EventSink journal,
      int maxRounds,
      List<RoundSummary> summaries) {
    verdict(journal, round.number, round.assessment, maxRounds);
    if (round.number != summaries.size()) {
      // An earlier round's files are the delivered ones.
      Json.write(run.dir().resolve("rounds/delivered.json"), Map.of("round", round.number));
    }
    // The curve's fits log no series: theirs would read as the winner's training.
    List<CurvePoint> curve =
        LearningCurve.of(
            round.race,
            round.treated,
            context(EventSink.NONE, round.number).withMetrics(MetricSink.NONE));
    return new Outcome(round.race, packaged, round.assessment, round.plan, summaries, curve);
  }

  private Path modelDir() {
    return run.dir().resolve("model");
  }

  private TrainedModel packageModel(TrainedModel model) {
    Path modelDir = modelDir();
    clear(modelDir);
    ModelPackager.write(model, modelDir, dataset, run);
    return ModelLoader.load(modelDir);
  }

  private TrainingData treated(DataTreatment treatment) {
    TrainingData data = new TrainingData(dataset.schema(), dataset.train(), dataset.valid());
    return Treatments.apply(treatment, data, seed);
  }

  /** A round's context: from the second round on, its metric series are named {@code round-N.}. */
  private TrainingContext context(EventSink journal, int round) {
    MetricSink metrics =
        round == 1 ? run.metrics() : run.metrics().prefixed("round-" + round + ".");
    return new TrainingContext(
        seed, metric, progress, journal, metrics, clock, overrides, supervision, deadline);
  }

  private void decide(Round round, EventSink journal) {
    List<Row> rows = trainAndValid();
    double[][] p = outOfFoldProbabilities(round.model, round.treatment);
    int[] actual = Targets.classIndices(dataset.schema(), rows);
    double[] weights =
        DecisionWeights.tune(
            dataset.schema().classes(), actual, p, metric, round.treatment.minRecall());
    DecidedModel decided = new DecidedModel(round.model, weights);
    round.model = decided;
    round.outOfFold =
        Evaluator.classification(dataset.schema().classes(), actual, decided.weigh(p))
            .value(metric);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("weights", decided.hyperparameters().get("decision_weights"));
    evidence.put("rows", rows.size());
    evidence.put("folds", OutOfFold.FOLDS);
    evidence.put(
        "out_of_fold_" + metric.id() + "_before",
        Evaluator.classification(dataset.schema().classes(), actual, p).value(metric));
    evidence.put("out_of_fold_" + metric.id() + "_after", round.outOfFold);
    journal.record(
        Event.of(
                clock,
                "planner",
                "action",
                "decision-weights",
                evidence,
                "per-class decision weights tuned for "
                    + metric.id()
                    + " on out-of-fold predictions over train+valid")
            .withChange("decision_weights", "1 for every class", evidence.get("weights")));
  }

  private List<Row> trainAndValid() {
    List<Row> rows = new ArrayList<>(dataset.train());
    rows.addAll(dataset.valid());
    return rows;
  }

  private double[][] outOfFoldProbabilities(TrainedModel model, DataTreatment treatment) {
    TrainingContext quiet =
        new TrainingContext(
            seed,
            metric,
            progress,
            EventSink.NONE,
            MetricSink.NONE,
            clock,
            overrides,
            supervision,
            Deadline.NONE);
    progress.start("out-of-fold predictions (" + OutOfFold.FOLDS + " folds)", 1);
    double[][] p =
        OutOfFold.probabilities(
            model, trainAndValid(), data -> Treatments.apply(treatment, data, seed), quiet);
    progress.advance(1);
    progress.finish();
    return p;
  }

  private void journalRevision(int round, Revision revision, List<Weakness> weaknesses) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("weaknesses", describe(weaknesses));
    for (Reason reason : revision.reasons()) {
      run.journal()
          .record(
              Event.of(clock, "planner", "action", reason.rule(), evidence, reason.message())
                  .withRound(round));
    }
  }

  private void verdict(EventSink journal, int round, Assessment assessment, int maxRounds) {
    String message =
        assessment.passed()
            ? "round " + round + ": every gate passed; this model is delivered"
            : "round "
                + round
                + " of at most "
                + maxRounds
                + ": gates still fail; the model is delivered marked as failing";
    journal.record(
        Event.of(
            clock,
            "gate",
            "note",
            "verdict",
            Map.of("verdict", assessment.verdict(), "round", round),
            message));
  }

  /** The run's journal, with {@code round} set on every event that has none. */
  private EventSink inRound(int round) {
    EventSink journal = run.journal();
    return event -> journal.record(event.round() == null ? event.withRound(round) : event);
  }

  private static List<String> describe(List<Weakness> weaknesses) {
    return weaknesses.stream()
        .map(w -> w.kind() + (w.subject() == null ? "" : " " + w.subject()))
        .toList();
  }

  private static void clear(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + dir, e);
    }
  }
}
