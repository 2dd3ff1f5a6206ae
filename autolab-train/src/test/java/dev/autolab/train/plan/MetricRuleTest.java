package dev.autolab.train.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricRuleTest {
  private static final DatasetSchema TEXTS =
      new DatasetSchema(
          List.of(new ColumnSchema("text", ColumnType.TEXT)),
          "label",
          Task.CLASSIFICATION,
          List.of("no", "yes"));
  private static final Machine MACHINE = new Machine(2, 1L << 32, false);

  private static Candidate first(Metric metric) {
    return new Planner().plan(TEXTS, 1000, Map.of(), metric, MACHINE).candidates().get(0);
  }

  @Test
  void accuracyTriesTheUnweightedLossOnly() {
    Candidate candidate = first(Metric.ACCURACY);
    assertThat(candidate.params()).containsEntry("class_weights", List.of("none"));
    assertThat(candidate.reasons())
        .anyMatch(r -> r.rule().equals("metric") && r.message().contains("validation accuracy"));
  }

  @Test
  void macroF1KeepsTheBalancedWeighting() {
    Candidate candidate = first(Metric.MACRO_F1);
    assertThat(candidate.params()).containsEntry("class_weights", List.of("none", "balanced"));
    assertThat(candidate.reasons())
        .filteredOn(r -> r.rule().equals("metric"))
        .extracting(Reason::message)
        .anyMatch(m -> m.contains("validation macro_f1 (higher is better)"));
  }

  @Test
  void regressionRecordsTheCriterionOnly() {
    DatasetSchema prices =
        new DatasetSchema(
            List.of(new ColumnSchema("age", ColumnType.NUMERIC)),
            "price",
            Task.REGRESSION,
            List.of());
    Candidate candidate =
        new Planner().plan(prices, 1000, Map.of(), Metric.MAE, MACHINE).candidates().get(0);
    assertThat(candidate.reasons())
        .anyMatch(r -> r.rule().equals("metric") && r.message().contains("mae (lower is better)"));
    assertThat(candidate.params()).doesNotContainKey("class_weights");
  }
}
