package dev.autolab.train.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnsembleRuleTest {
  private static final DatasetSchema TABLE =
      new DatasetSchema(
          List.of(
              new ColumnSchema("x", ColumnType.NUMERIC),
              new ColumnSchema("colour", ColumnType.CATEGORICAL)),
          "label",
          Task.CLASSIFICATION,
          List.of("no", "yes"));
  private static final Machine MACHINE = new Machine(2, 1L << 32, false);

  private static Plan plan(Map<String, String> overrides) {
    return new Planner().plan(TABLE, 1000, overrides, Metric.MACRO_F1, MACHINE);
  }

  @Test
  void everyCandidateMayJoinTheBlendByDefaultWithTheReasonRecorded() {
    Plan plan = plan(Map.of());

    assertThat(plan.candidates()).hasSizeGreaterThan(1);
    for (Candidate candidate : plan.candidates()) {
      assertThat(candidate.params()).containsEntry("ensemble", true);
      assertThat(candidate.reasons())
          .anyMatch(r -> r.rule().equals("ensemble") && r.message().contains("weighted ensemble"));
    }
  }

  @Test
  void aForcedFamilyIsDeliveredAlone() {
    Plan plan = plan(Map.of("family", "xgboost"));

    assertThat(plan.candidates()).extracting(Candidate::family).containsOnly("xgboost");
    for (Candidate candidate : plan.candidates()) {
      assertThat(candidate.params()).containsEntry("ensemble", false);
    }
  }

  @Test
  void theUserCanTurnBlendingOffOrOnAndABadValueIsRefused() {
    assertThat(plan(Map.of("ensemble", "false")).candidates())
        .allMatch(c -> c.params().get("ensemble").equals(false));
    assertThat(plan(Map.of("family", "xgboost", "ensemble", "true")).candidates())
        .allMatch(c -> c.params().get("ensemble").equals(true));
    assertThatThrownBy(() -> plan(Map.of("ensemble", "maybe")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--set ensemble=maybe: the value must be true or false");
  }
}
