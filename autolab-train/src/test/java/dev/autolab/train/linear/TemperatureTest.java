package dev.autolab.train.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TemperatureTest {
  @Test
  void softmaxIsADistributionThatKeepsTheArgMax() {
    double[] p = Temperature.probabilities(new double[] {2.0, -1.0, 0.5}, 3.0);
    assertThat(p[0] + p[1] + p[2]).isCloseTo(1.0, within(1e-15));
    assertThat(p[0]).isGreaterThan(p[2]).isGreaterThan(p[1]);
  }

  @Test
  void recoversTheScaleThatGeneratedTheLabels() {
    // Scores (1, -1) for 1000 rows, of class 0 in 880 of them: with Platt's targets (881/882 for
    // class 0 rows, 121/122 for class 1 rows) the optimum has sigmoid(2a) equal to the mean
    // target of class 0, p = (880 * 881/882 + 120 * 1/122) / 1000, so a = ln(p / (1 - p)) / 2.
    double[][] scores = new double[1000][];
    int[] actual = new int[1000];
    for (int i = 0; i < 1000; i++) {
      scores[i] = new double[] {1, -1};
      actual[i] = i < 880 ? 0 : 1;
    }
    double p = (880 * 881.0 / 882 + 120 * 1.0 / 122) / 1000;
    assertThat(Temperature.fit(scores, actual)).isCloseTo(Math.log(p / (1 - p)) / 2, within(1e-6));
  }

  @Test
  void perfectSeparationKeepsProbabilitiesBelowOne() {
    double[][] scores = {{5, -5}, {-4, 4}, {6, -6}, {-5, 5}};
    double scale = Temperature.fit(scores, new int[] {0, 1, 0, 1});
    assertThat(Temperature.probabilities(scores[0], scale)[0]).isLessThan(0.999);
  }

  @Test
  void survivesHugeScores() {
    double[] p = Temperature.probabilities(new double[] {1e6, -1e6}, 10);
    assertThat(p).containsExactly(1.0, 0.0);
  }
}
