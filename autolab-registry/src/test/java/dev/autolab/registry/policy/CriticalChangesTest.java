package dev.autolab.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.registry.ModelVersion;
import org.junit.jupiter.api.Test;

class CriticalChangesTest {
  private static ModelVersion version(String family, String metric, double value, long bytes) {
    return new ModelVersion(
        "m", 1, "d", "r", "/r", "f", null, family, metric, value, bytes, null, null, "t", null,
        null);
  }

  @Test
  void architectureMetricDropAndSizeAreEachReportedPastTheirThresholds() {
    ModelVersion before = version("xgboost", "macro_f1", 0.90, 1000);
    assertThat(CriticalChanges.between(before, version("xgboost", "macro_f1", 0.82, 2000)))
        .isEmpty(); // 8.9% lower, exactly 2x
    assertThat(CriticalChanges.between(before, version("linear", "macro_f1", 0.80, 2001)))
        .containsExactly(
            "architecture changed: xgboost -> linear",
            "macro_f1 dropped 11.1%: 0.9000 -> 0.8000",
            "size grew 2.0x: 1000 -> 2001 bytes");
  }

  @Test
  void forErrorsAndLossesARiseIsTheDrop() {
    ModelVersion before = version("xgboost", "rmse", 10.0, 1);
    assertThat(version("xgboost", "rmse", 10.6, 1).relativeDropFrom(before))
        .isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(version("xgboost", "rmse", 9.0, 1).relativeDropFrom(before)).isNegative();
  }
}
