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
 * {@code maxRounds} in all. The last round's model is delivered, marked with its verdict: rounds
 * only go forward, so the test split never chooses between models. Every event of round N carries
 * {@code "round": N}.
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

  TrainingRounds(
      RunRecorder run,
      PreparedDataset dataset,
      Metric metric,
      long seed,
      ProgressListener progress,
      Map<String, String> overrides,
      EvaluationSettings settings,
      Clock clock) {
    this.run = run;
    this.dataset = dataset;
    this.metric = metric;
    this.seed = seed;
    this.progress = progress;
    this.overrides = overrides;
    this.settings = settings;
    this.clock = clock;
  }

  Outcome run(Plan first, int maxRounds) {
    Plan plan = first;
    DataTreatment treatment = DataTreatment.NONE;
    List<RoundSummary> summaries = new ArrayList<>();
    for (int round = 1; ; round++) {
      EventSink journal = inRound(round);
      TrainingData treated = treated(treatment);
      RaceResult race = new Race().run(plan, treated, context(journal));
      TrainedModel model = race.best();
      if (treatment.tuneDecision() && dataset.schema().task() == Task.CLASSIFICATION) {
        model = decide(model, treatment, journal);
      }
      Path modelDir = run.dir().resolve("model");
      clear(modelDir);
      ModelPackager.write(model, modelDir, dataset, run);
      TrainedModel packaged = ModelLoader.load(modelDir);
      Assessment assessment =
          new ModelAssessor(settings, journal, clock)
              .assess(packaged, modelDir, dataset.test(), "test", round, run.dir());
      summaries.add(RoundSummary.of(round, assessment, metric));
      // Each round's full evaluation stays readable after later rounds replace the model.
      Json.write(run.dir().resolve("rounds/" + round + "/evaluation.json"), assessment);
      if (assessment.passed() || round >= maxRounds) {
        verdict(journal, round, assessment, maxRounds);
        List<CurvePoint> curve = LearningCurve.of(race, treated, context(EventSink.NONE));
        return new Outcome(race, packaged, assessment, plan, summaries, curve);
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
        verdict(journal, round, assessment, maxRounds);
        List<CurvePoint> curve = LearningCurve.of(race, treated, context(EventSink.NONE));
        return new Outcome(race, packaged, assessment, plan, summaries, curve);
      }
      journalRevision(round + 1, revision, weaknesses);
      plan = revision.plan();
      treatment = revision.treatment();
      Json.write(run.dir().resolve("rounds/" + (round + 1) + "/plan.json"), plan);
    }
  }

  private TrainingData treated(DataTreatment treatment) {
    TrainingData data = new TrainingData(dataset.schema(), dataset.train(), dataset.valid());
    return Treatments.apply(treatment, data, seed);
  }

  private TrainingContext context(EventSink journal) {
    return new TrainingContext(seed, metric, progress, journal, run.metrics(), clock, overrides);
  }

  private TrainedModel decide(TrainedModel model, DataTreatment treatment, EventSink journal) {
    List<Row> rows = new ArrayList<>(dataset.train());
    rows.addAll(dataset.valid());
    TrainingContext quiet =
        new TrainingContext(
            seed, metric, progress, EventSink.NONE, MetricSink.NONE, clock, overrides);
    progress.start("decision weights (" + OutOfFold.FOLDS + " folds)", 1);
    double[][] p =
        OutOfFold.probabilities(
            model, rows, data -> Treatments.apply(treatment, data, seed), quiet);
    progress.advance(1);
    progress.finish();
    int[] actual = Targets.classIndices(dataset.schema(), rows);
    double[] weights =
        DecisionWeights.tune(dataset.schema().classes(), actual, p, metric, treatment.minRecall());
    DecidedModel decided = new DecidedModel(model, weights);
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("weights", decided.hyperparameters().get("decision_weights"));
    evidence.put("rows", rows.size());
    evidence.put("folds", OutOfFold.FOLDS);
    evidence.put(
        "out_of_fold_" + metric.id() + "_before",
        Evaluator.classification(dataset.schema().classes(), actual, p).value(metric));
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
    return decided;
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
