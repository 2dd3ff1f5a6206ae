package dev.autolab.train.decision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metric;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionWeightsTest {
  @Test
  void aRareClassTheModelRanksWellButNeverPutsFirstIsWeightedUp() {
    // 10 examples of "rare" scored 0.4 (never the arg-max) and 30 of "common" scored 0.1-0.3.
    int n = 40;
    int[] actual = new int[n];
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      actual[i] = i < 10 ? 1 : 0;
      double rare = i < 10 ? 0.4 : 0.1 + 0.2 * (i % 3) / 2;
      p[i] = new double[] {1 - rare, rare};
    }
    List<String> classes = List.of("common", "rare");
    double before = Evaluator.classification(classes, actual, p).macroF1();
    double[] w = DecisionWeights.tune(classes, actual, p, Metric.MACRO_F1, null);
    double[][] adjusted = new double[n][];
    for (int i = 0; i < n; i++) {
      adjusted[i] = DecisionWeights.apply(p[i], w);
    }
    double after = Evaluator.classification(classes, actual, adjusted).macroF1();
    assertThat(w[1] / w[0]).isGreaterThan(1);
    assertThat(after).isGreaterThan(before + 0.3);
  }

  @Test
  void aRecallFloorIsReachedBeforeTheMetricDecides() {
    // "rare" (10 of 100) scores 0.3-0.48 and "common" 0.05-0.5: macro-F1 alone stops at a
    // rare recall of 0.4; a floor of 0.5 makes the tuner go further.
    int n = 100;
    int[] actual = new int[n];
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      actual[i] = i < 10 ? 1 : 0;
      double rare = i < 10 ? 0.3 + 0.02 * i : 0.05 + 0.45 * (i - 10) / 90.0;
      p[i] = new double[] {1 - rare, rare};
    }
    List<String> classes = List.of("common", "rare");
    double[] free = DecisionWeights.tune(classes, actual, p, Metric.MACRO_F1, null);
    double[] floored = DecisionWeights.tune(classes, actual, p, Metric.MACRO_F1, 0.5);
    assertThat(recallOfRare(actual, p, free)).isLessThan(0.5);
    assertThat(recallOfRare(actual, p, floored)).isGreaterThanOrEqualTo(0.5);
    assertThat(recallOfRare(actual, p, floored)).isGreaterThan(recallOfRare(actual, p, free));
  }

  private static double recallOfRare(int[] actual, double[][] p, double[] w) {
    int found = 0;
    for (int i = 0; i < 10; i++) {
      double[] q = DecisionWeights.apply(p[i], w);
      found += q[1] > q[0] ? 1 : 0;
    }
    return found / 10.0;
  }

  @Test
  void foldsAreStratified() {
    int[] classes = new int[50];
    for (int i = 0; i < 10; i++) {
      classes[i] = 1;
    }
    int[] fold = OutOfFold.folds(classes, 3);
    for (int f = 0; f < OutOfFold.FOLDS; f++) {
      int rare = 0;
      for (int i = 0; i < 50; i++) {
        rare += fold[i] == f && classes[i] == 1 ? 1 : 0;
      }
      assertThat(rare).isEqualTo(2);
    }
  }
}
