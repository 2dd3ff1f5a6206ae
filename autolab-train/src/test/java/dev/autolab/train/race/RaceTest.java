package dev.autolab.train.race;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Deadline;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.ensemble.EnsembleModel;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Plan;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RaceTest {
  /**
   * A linear model regularised to near-uselessness (C = 1e-6, fixed) against a normal one: the race
   * must pick the normal one whatever the order, journal both scores and log each.
   */
  @Test
  void picksTheBetterCandidateOnValidation() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 300, 120, 5);
    Candidate crippled =
        new Candidate(
            "crippled",
            "linear",
            Map.of("solver", "logistic", "c", 1e-6, "class_weight", "none", "temperature", 1.0),
            List.of());
    Candidate sound = new Candidate("sound", "linear", Map.of("refit", true), List.of());
    List<Event> events = new ArrayList<>();
    List<String> logged = new ArrayList<>();
    MetricSink metrics = (key, step, value) -> logged.add(key + "@" + step);
    TrainingContext context =
        new TrainingContext(
            3,
            Metric.MACRO_F1,
            ProgressListener.NONE,
            events::add,
            metrics,
            Clock.systemUTC(),
            Map.of());

    RaceResult result = new Race().run(Plan.of(List.of(crippled, sound)), data, context);

    assertThat(result.bestCandidate()).isEqualTo("sound");
    assertThat(result.leaderboard())
        .extracting(Standing::candidate)
        .containsExactly("sound", "crippled");
    assertThat(result.leaderboard().get(0).validScore())
        .isGreaterThan(result.leaderboard().get(1).validScore());
    assertThat(logged).contains("valid.macro_f1@0", "valid.macro_f1@1");
    Event prune = only(events, "prune");
    assertThat(prune.trial()).isEqualTo("crippled");
    assertThat(prune.stage()).isEqualTo("race");
    assertThat(prune.evidence()).containsOnlyKeys("macro_f1");
    assertThat(events)
        .anyMatch(
            e ->
                e.kind().equals("note")
                    && "sound".equals(e.trial())
                    && e.rule().equals("best-on-validation"));
    assertThat(only(events, "action").rule()).isEqualTo("refit");
    assertThat(result.best().hyperparameters()).containsEntry("solver", "logistic");
  }

  /**
   * With the budget already spent, the cheapest candidate (linear, although planned last) still
   * trains so that a model is delivered; the rest are skipped, and so is the refit, each journalled
   * with the time spent and the budget.
   */
  @Test
  void aSpentBudgetDeliversTheCheapestCandidateAndJournalsTheRest() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 300, 120, 5);
    Candidate boosted = new Candidate("boosted", "xgboost", Map.of(), List.of());
    Candidate first = new Candidate("first", "linear", Map.of("refit", true), List.of());
    Candidate second = new Candidate("second", "linear", Map.of(), List.of());
    List<Event> events = new ArrayList<>();
    Deadline spent = new Deadline(Duration.ofMillis(1), System.nanoTime() - 1_000_000_000L);
    TrainingContext context =
        new TrainingContext(
                3,
                Metric.MACRO_F1,
                ProgressListener.NONE,
                events::add,
                MetricSink.NONE,
                Clock.systemUTC(),
                Map.of())
            .withDeadline(spent);

    RaceResult result = new Race().run(Plan.of(List.of(boosted, first, second)), data, context);

    assertThat(result.bestCandidate()).isEqualTo("first");
    assertThat(result.leaderboard()).extracting(Standing::candidate).containsExactly("first");
    List<Event> budget = events.stream().filter(e -> e.rule().equals("time-budget")).toList();
    assertThat(budget).extracting(Event::trial).containsExactly("second", "boosted", "first");
    assertThat(budget).allMatch(e -> e.kind().equals("prune") && e.stage().equals("race"));
    assertThat(budget.get(0).evidence()).containsOnlyKeys("elapsed_s", "budget_s");
    assertThat((Double) budget.get(0).evidence().get("elapsed_s")).isGreaterThanOrEqualTo(1.0);
    assertThat(events).noneMatch(e -> e.rule().equals("refit"));
  }

  /**
   * Two XGBoost trials that race in rungs (side by side where the machine has the cores) each
   * report through a lane of their own, their tasks named after the trial.
   */
  @Test
  void trialsInRungsReportThroughTheirOwnNamedLanesAndSeries() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 300, 120, 5);
    Map<String, Object> small = Map.of("max_depths", List.of(2), "max_rounds", 20);
    Candidate a = new Candidate("trees-a", "xgboost", small, List.of());
    Candidate b = new Candidate("trees-b", "xgboost", small, List.of());
    Lanes lanes = new Lanes();
    List<String> series = java.util.Collections.synchronizedList(new ArrayList<>());
    TrainingContext context =
        new TrainingContext(
            3,
            Metric.MACRO_F1,
            lanes,
            e -> {},
            (key, step, value) -> series.add(key),
            Clock.systemUTC(),
            Map.of());

    new Race().run(Plan.of(List.of(a, b)), data, context);

    List<List<String>> started = lanes.children.stream().map(l -> l.tasks).toList();
    assertThat(started).hasSize(2);
    // Each lane saw one trial's work only, and its tasks say which trial.
    assertThat(started)
        .anySatisfy(tasks -> assertThat(tasks).allMatch(t -> t.endsWith("(trees-a)")).isNotEmpty())
        .anySatisfy(tasks -> assertThat(tasks).allMatch(t -> t.endsWith("(trees-b)")).isNotEmpty());
    assertThat(lanes.tasks).noneMatch(t -> t.contains("settings"));
    // The two trials' series are apart, named after the trial rather than the shared family.
    assertThat(series)
        .anyMatch(k -> k.startsWith("trees-a."))
        .anyMatch(k -> k.startsWith("trees-b."))
        .noneMatch(k -> k.startsWith("xgboost."));
  }

  /** Records the tasks started on it and on each lane it hands out. */
  private static final class Lanes implements ProgressListener {
    final List<String> tasks = java.util.Collections.synchronizedList(new ArrayList<>());
    final List<Lanes> children = java.util.Collections.synchronizedList(new ArrayList<>());

    @Override
    public void start(String task, long total) {
      tasks.add(task);
    }

    @Override
    public void advance(long done) {}

    @Override
    public void finish() {}

    @Override
    public ProgressListener lane() {
      Lanes child = new Lanes();
      children.add(child);
      return child;
    }
  }

  /**
   * A linear model and boosted trees on a target that is a slope in one column plus a step in the
   * other: the linear model misses the step, the trees draw the slope as stairs, so their errors
   * differ and their blend has the lower validation RMSE. It is delivered, with the weights and
   * both scores journalled. With the candidates' {@code ensemble} flag off, the same race delivers
   * the winner alone.
   */
  @Test
  void blendsTrialsWhenTheBlendScoresAboveTheWinnerOnValidation() {
    TrainingData data = slopeAndStep(300, 120, 5);
    List<Event> events = new ArrayList<>();
    TrainingContext context = TrainingContext.quiet(3, Metric.RMSE).withJournal(events::add);
    Plan plan =
        Plan.of(
            List.of(
                new Candidate("linear", "linear", Map.of("ensemble", true), List.of()),
                new Candidate("xgboost", "xgboost", Map.of("ensemble", true), List.of())));

    RaceResult result = new Race().run(plan, data, context);

    assertThat(result.bestCandidate()).isEqualTo("ensemble");
    EnsembleModel blend = (EnsembleModel) result.best();
    assertThat(blend.members())
        .extracting(m -> m.family())
        .containsExactlyInAnyOrder("linear", "xgboost");
    assertThat(result.leaderboard().get(0).candidate()).isEqualTo("ensemble");
    double alone = result.leaderboard().get(1).validScore();
    assertThat(result.leaderboard().get(0).validScore()).isLessThan(alone);
    double rmse = Validation.metrics(blend, data.valid()).value(Metric.RMSE);
    assertThat(rmse).isCloseTo(result.leaderboard().get(0).validScore(), within(1e-9));
    Event action =
        events.stream().filter(e -> e.rule().equals("ensemble")).findFirst().orElseThrow();
    assertThat(action.kind()).isEqualTo("action");
    assertThat(action.evidence()).containsKeys("weights", "valid_rmse", "winner_valid_rmse");

    events.clear();
    Plan alonePlan =
        Plan.of(
            List.of(
                new Candidate("linear", "linear", Map.of("ensemble", false), List.of()),
                new Candidate("xgboost", "xgboost", Map.of("ensemble", false), List.of())));
    RaceResult single = new Race().run(alonePlan, data, context);
    assertThat(single.bestCandidate()).isNotEqualTo("ensemble");
    assertThat(single.leaderboard()).hasSize(2);
    assertThat(events).noneMatch(e -> e.rule().equals("ensemble"));
  }

  private static TrainingData slopeAndStep(int trainRows, int validRows, long seed) {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(
                new ColumnSchema("x1", ColumnType.NUMERIC),
                new ColumnSchema("x2", ColumnType.NUMERIC)),
            "y",
            Task.REGRESSION,
            List.of());
    java.util.Random random = new java.util.Random(seed);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < trainRows + validRows; i++) {
      double x1 = random.nextGaussian();
      double x2 = random.nextGaussian();
      double y = x1 + (x2 > 0 ? 3 : -3) + 0.3 * random.nextGaussian();
      rows.add(
          new Row(
              i < trainRows ? "train" : "valid",
              i + 2,
              Map.of(
                  "x1", Double.toString(x1), "x2", Double.toString(x2), "y", Double.toString(y))));
    }
    return new TrainingData(
        schema, rows.subList(0, trainRows), rows.subList(trainRows, rows.size()));
  }

  private static Event only(List<Event> events, String kind) {
    List<Event> matching = events.stream().filter(e -> e.kind().equals(kind)).toList();
    assertThat(matching).hasSize(1);
    return matching.get(0);
  }
}
