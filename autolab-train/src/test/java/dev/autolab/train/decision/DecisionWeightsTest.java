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
    double[] w = DecisionWeights.tune(classes, actual, p, Metric.MACRO_F1);
    double[][] adjusted = new double[n][];
    for (int i = 0; i < n; i++) {
      adjusted[i] = DecisionWeights.apply(p[i], w);
    }
    double after = Evaluator.classification(classes, actual, adjusted).macroF1();
    assertThat(w[1] / w[0]).isGreaterThan(1);
    assertThat(after).isGreaterThan(before + 0.3);
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
