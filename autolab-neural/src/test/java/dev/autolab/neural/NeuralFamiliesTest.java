package dev.autolab.neural;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Event;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Families;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Machine;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Planner;
import dev.autolab.train.plan.Reason;
import dev.autolab.train.race.Race;
import dev.autolab.train.race.RaceResult;
import dev.autolab.train.supervise.Supervision;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With this module on the class path, the planner and the family registry see the networks. */
class NeuralFamiliesTest {
  @Test
  void mlpIsAFamilyAndJoinsTheTabularCandidates() {
    assertThat(Families.names()).contains("mlp");
    Plan plan =
        new Planner()
            .plan(SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema(), 1000, Map.of());
    assertThat(plan.candidates())
        .extracting(Candidate::family)
        .containsExactly("xgboost", "linear", "mlp", "mlp");
    assertThat(plan.candidates())
        .extracting(Candidate::name)
        .containsExactly("xgboost", "linear", "mlp", "mlp-fast");
  }

  @Test
  void eachNetworkGetsATwinWithThreeTimesItsRateUnlessTheRateIsFixed() {
    Plan plan =
        new Planner()
            .plan(SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema(), 1000, Map.of());
    Candidate twin = plan.candidates().get(3);
    assertThat(twin.params()).containsEntry("learning_rate", 3e-3);
    assertThat(plan.candidates().get(2).params()).doesNotContainKey("learning_rate");
    // The twin keeps everything else its base has, and says why it is there.
    assertThat(twin.params()).containsAllEntriesOf(plan.candidates().get(2).params());
    assertThat(twin.reasons()).extracting(Reason::rule).contains("neural-variants");

    Plan fixed =
        new Planner()
            .plan(
                SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema(),
                1000,
                Map.of("learning_rate", "0.01"));
    assertThat(fixed.candidates()).extracting(Candidate::name).doesNotContain("mlp-fast");
  }

  @Test
  void aNetworkIsOfferedNoClassWeightingItWouldNotTry() {
    var schema = SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema();
    Plan macro = new Planner().plan(schema, 1000, Map.of());
    assertThat(macro.candidates().get(2).params()).doesNotContainKey("class_weights");
    Plan accuracy = new Planner().plan(schema, 1000, Map.of(), Metric.ACCURACY, Machine.detect());
    assertThat(accuracy.candidates().get(2).params())
        .containsEntry("class_weights", List.of("none"));
  }

  @Test
  void textGetsTheMiniLmNetworkOnlyWhenATimeBudgetBoundsItsEncoding() {
    var schema = SyntheticData.text(2, 40, 10, 1).schema();
    Plan unbounded = new Planner().plan(schema, 40, Map.of());
    assertThat(unbounded.candidates())
        .extracting(Candidate::family)
        .containsExactly("tfidf-linear");
    Plan bounded =
        new Planner()
            .plan(
                schema,
                40,
                Map.of(),
                Metric.defaultFor(schema.task()),
                Machine.detect(),
                Duration.ofMinutes(5));
    assertThat(bounded.candidates())
        .extracting(Candidate::name)
        .containsExactly("tfidf-linear", "minilm-mlp", "minilm-mlp-fast");
    assertThat(bounded.candidates().get(1).reasons())
        .extracting(Reason::message)
        .anyMatch(m -> m.contains("time budget"));
  }

  @Test
  void networksKeepTheirValidationCheckpointUnlessARefitIsAsked() {
    var schema = SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema();
    Plan plan = new Planner().plan(schema, 1000, Map.of());
    assertThat(plan.candidates())
        .filteredOn(c -> c.family().equals("mlp"))
        .extracting(Candidate::name)
        .containsExactly("mlp", "mlp-fast");
    for (Candidate candidate : plan.candidates()) {
      boolean network = candidate.family().equals("mlp");
      assertThat(candidate.params()).as(candidate.name()).containsEntry("refit", !network);
    }
    assertThat(plan.candidates().get(2).reasons())
        .anyMatch(r -> r.rule().equals("refit") && r.message().contains("checkpoint validation"));

    Plan asked = new Planner().plan(schema, 1000, Map.of("refit", "true"));
    assertThat(asked.candidates())
        .allSatisfy(c -> assertThat(c.params()).containsEntry("refit", true));
    Plan forced = new Planner().plan(schema, 1000, Map.of("family", "mlp"));
    assertThat(forced.candidates())
        .allSatisfy(c -> assertThat(c.params()).containsEntry("refit", false));
    // A forced family is delivered alone: neither the network nor its twin joins a blend.
    assertThat(forced.candidates()).extracting(Candidate::name).containsExactly("mlp", "mlp-fast");
    assertThat(forced.candidates())
        .allSatisfy(c -> assertThat(c.params()).containsEntry("ensemble", false));
    // Unless the supervisor rescues it from a divergence, and the user did not fix the refit.
    assertThat(plan.candidates())
        .filteredOn(c -> c.family().equals("mlp"))
        .allSatisfy(c -> assertThat(c.params()).containsEntry("refit_after_rescue", true));
    assertThat(new Planner().plan(schema, 1000, Map.of("refit", "false")).candidates())
        .filteredOn(c -> c.family().equals("mlp"))
        .allSatisfy(c -> assertThat(c.params()).containsEntry("refit_after_rescue", false));
  }

  /**
   * A network whose rate makes it diverge is rolled back by the supervisor, and the race then
   * trains it afresh on train+valid although its candidate's refit is off; the same network without
   * the rescue flag in its plan is delivered as trained.
   */
  @Test
  void aNetworkRescuedFromADivergenceIsTrainedAfresh() {
    var data = SyntheticData.table(Task.CLASSIFICATION, 300, 100, 3);
    List<Event> events = new ArrayList<>();
    TrainingContext context =
        TrainingContext.quiet(3, Metric.MACRO_F1)
            .withJournal(events::add)
            .withSupervision(Supervision.defaults());
    Map<String, Object> params =
        new java.util.HashMap<>(
            Map.of("learning_rate", 50.0, "refit", false, "refit_after_rescue", true));
    RaceResult rescued =
        new Race()
            .run(Plan.of(List.of(new Candidate("mlp", "mlp", params, List.of()))), data, context);

    assertThat(events)
        .anyMatch(e -> e.stage().equals("supervisor") && "divergence".equals(e.rule()));
    Event refit = events.stream().filter(e -> "refit".equals(e.rule())).findFirst().orElseThrow();
    assertThat(refit.evidence()).containsEntry("after_rescue", true);
    assertThat(refit.message()).contains("afresh");

    events.clear();
    params.put("refit_after_rescue", false);
    new Race().run(Plan.of(List.of(new Candidate("mlp", "mlp", params, List.of()))), data, context);
    assertThat(events).noneMatch(e -> "refit".equals(e.rule()));
    assertThat(rescued.best().family()).isEqualTo("mlp");
  }

  @Test
  void neuralOverridesReachTheNetworkOnly() {
    Plan plan =
        new Planner()
            .plan(
                SyntheticData.table(Task.CLASSIFICATION, 10, 5, 1).schema(),
                1000,
                Map.of("batch_size", "64", "dropout", "0.3"));
    Candidate mlp = plan.candidates().get(2);
    assertThat(mlp.params()).containsEntry("batch_size", 64.0).containsEntry("dropout", 0.3);
    assertThat(plan.candidates().get(0).params()).doesNotContainKey("dropout");
  }

  @Test
  void textOnlyDataGetsNoMlp() {
    assertThatThrownBy(
            () ->
                new Planner()
                    .plan(SyntheticData.text(2, 10, 5, 1).schema(), 1000, Map.of("family", "mlp")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("family 'mlp' cannot learn");
  }
}
