package dev.autolab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.Task;
import org.junit.jupiter.api.Test;

class MetricTest {
  @Test
  void parsesNamesAndListsTheValidOnesOnError() {
    assertThat(Metric.parse("macro_f1")).isEqualTo(Metric.MACRO_F1);
    assertThat(Metric.parse("RMSE")).isEqualTo(Metric.RMSE);
    assertThatThrownBy(() -> Metric.parse("f2"))
        .hasMessageContaining("unknown metric 'f2'")
        .hasMessageContaining("accuracy, macro_f1");
  }

  @Test
  void comparesInTheMetricsDirection() {
    assertThat(Metric.MACRO_F1.isBetter(0.9, 0.8)).isTrue();
    assertThat(Metric.RMSE.isBetter(0.9, 0.8)).isFalse();
    assertThat(Metric.RMSE.isBetter(0.7, Double.NaN)).isTrue();
    assertThat(Metric.ACCURACY.isBetter(Double.NaN, 0.1)).isFalse();
    assertThat(Metric.defaultFor(Task.REGRESSION)).isEqualTo(Metric.RMSE);
  }
}
