package dev.autolab.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TaskDecisionTest {
  private static TaskDecision decide(Task override, List<String> values) {
    return TaskDecision.decide(override, ColumnStats.of("y", ColumnTyperTest.column("y", values)));
  }

  private static List<String> range(int n, String suffix) {
    return IntStream.range(0, n).mapToObj(i -> i + suffix).toList();
  }

  @Test
  void labelsMeanClassification() {
    assertThat(decide(null, List.of("cat", "dog", "1")).task()).isEqualTo(Task.CLASSIFICATION);
  }

  @Test
  void fewWholeNumbersMeanClassification() {
    TaskDecision d = decide(null, range(20, ""));
    assertThat(d.task()).isEqualTo(Task.CLASSIFICATION);
    assertThat(d.reason()).contains("20 distinct whole numbers");
  }

  @Test
  void manyWholeNumbersOrAnyFractionMeanRegression() {
    assertThat(decide(null, range(21, "")).task()).isEqualTo(Task.REGRESSION);
    assertThat(decide(null, List.of("1.5", "2", "1.5")).task()).isEqualTo(Task.REGRESSION);
  }

  @Test
  void mostlyNumericTargetsAreRegressionWithStraysQuarantinedLater() {
    List<String> values = new ArrayList<>(range(100, ".5"));
    values.add("unknown");
    TaskDecision d = decide(null, values);
    assertThat(d.task()).isEqualTo(Task.REGRESSION);
    assertThat(d.reason()).contains("99.0% numbers");
  }

  @Test
  void theOverrideWins() {
    TaskDecision d = decide(Task.REGRESSION, List.of("1", "2"));
    assertThat(d.task()).isEqualTo(Task.REGRESSION);
    assertThat(d.reason()).contains("--task");
  }
}
