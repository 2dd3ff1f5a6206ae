package dev.autolab.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.autolab.core.Json;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvaluatorTest {
  private static final List<String> CLASSES = List.of("a", "b", "c");
  // Predictions a, b, b, b, c, a (the last is a tie between a and c, resolved to the first).
  private static final int[] ACTUAL = {0, 0, 1, 1, 2, 2};
  private static final double[][] PROBABILITIES = {
    {0.8, 0.1, 0.1},
    {0.3, 0.6, 0.1},
    {0.2, 0.7, 0.1},
    {0.1, 0.9, 0.0},
    {0.1, 0.1, 0.8},
    {0.5, 0, 0.5}
  };

  @Test
  void classificationMetricsMatchHandComputedValues() {
    ClassificationMetrics m = Evaluator.classification(CLASSES, ACTUAL, PROBABILITIES);

    assertThat(m.confusion().matrix()).isDeepEqualTo(new int[][] {{1, 1, 0}, {0, 2, 0}, {1, 0, 1}});
    assertThat(m.accuracy()).isCloseTo(4.0 / 6, within(1e-12));
    // a: P=1/2 R=1/2 F1=1/2; b: P=2/3 R=1 F1=0.8; c: P=1 R=1/2 F1=2/3.
    assertThat(m.perClass().get("a").f1()).isCloseTo(0.5, within(1e-12));
    assertThat(m.perClass().get("b").precision()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(m.perClass().get("b").f1()).isCloseTo(0.8, within(1e-12));
    assertThat(m.perClass().get("c").recall()).isCloseTo(0.5, within(1e-12));
    assertThat(m.perClass().get("c").support()).isEqualTo(2);
    assertThat(m.macroF1()).isCloseTo((0.5 + 0.8 + 2.0 / 3) / 3, within(1e-12));
    assertThat(m.weightedF1()).isCloseTo(m.macroF1(), within(1e-12));
    // -(ln .8 + ln .3 + ln .7 + ln .9 + ln .8 + ln .5) / 6
    assertThat(m.logLoss()).isCloseTo(0.46757376, within(1e-8));
  }

  @Test
  void weightedF1WeighsBySupport() {
    // Three of class x, all right; one of class y, predicted x.
    double[][] p = {{0.9, 0.1}, {0.9, 0.1}, {0.9, 0.1}, {0.6, 0.4}};
    ClassificationMetrics m =
        Evaluator.classification(List.of("x", "y"), new int[] {0, 0, 0, 1}, p);
    // x: P=3/4 R=1 F1=6/7; y: P=0 (no prediction, zero division -> 0) F1=0.
    assertThat(m.macroF1()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(m.weightedF1()).isCloseTo(0.75 * 6 / 7, within(1e-12));
    assertThat(m.perClass().get("y").precision()).isZero();
  }

  @Test
  void logLossOfAConfidentMistakeIsClipped() {
    ClassificationMetrics m =
        Evaluator.classification(List.of("x", "y"), new int[] {1}, new double[][] {{1.0, 0.0}});
    assertThat(m.logLoss()).isCloseTo(-Math.log(1e-15), within(1e-9));
  }

  @Test
  void regressionMetricsMatchHandComputedValues() {
    RegressionMetrics m =
        Evaluator.regression(new double[] {1, 2, 3, 4}, new double[] {1.5, 2, 2, 5});
    assertThat(m.rmse()).isCloseTo(0.75, within(1e-12));
    assertThat(m.mae()).isCloseTo(0.625, within(1e-12));
    assertThat(m.r2()).isCloseTo(0.55, within(1e-12));
    assertThat(m.value(Metric.R2)).isEqualTo(m.r2());
  }

  @Test
  void mismatchedLengthsAreRejected() {
    assertThatThrownBy(() -> Evaluator.regression(new double[] {1}, new double[] {1, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 targets but 2 predictions");
  }

  @Test
  void evaluationJsonUsesTheContractNames() throws Exception {
    ClassificationMetrics m = Evaluator.classification(CLASSES, ACTUAL, PROBABILITIES);
    String json =
        Json.line(Evaluation.of(dev.autolab.core.Task.CLASSIFICATION, "test", 6, "xgboost", m));
    var tree = Json.mapper().readTree(json);
    assertThat(tree.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(tree.get("split").asText()).isEqualTo("test");
    assertThat(tree.get("metrics").has("macro_f1")).isTrue();
    assertThat(tree.get("metrics").has("weighted_f1")).isTrue();
    assertThat(tree.get("metrics").has("log_loss")).isTrue();
    assertThat(tree.get("metrics").get("per_class").get("b").get("support").asInt()).isEqualTo(2);
    assertThat(tree.get("metrics").get("confusion").get("matrix").get(2).get(0).asInt())
        .isEqualTo(1);
  }
}
