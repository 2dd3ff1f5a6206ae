package dev.autolab.eval.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  private static ScoredExamples noisy(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] actual = new int[n];
    double[][] p = new double[n][];
    for (int i = 0; i < n; i++) {
      actual[i] = random.nextInt(2);
      boolean right = random.nextDouble() < 0.8;
      double top = 0.6 + 0.3 * random.nextDouble();
      int predicted = right ? actual[i] : 1 - actual[i];
      p[i] = predicted == 0 ? new double[] {top, 1 - top} : new double[] {1 - top, top};
    }
    return new ScoredExamples(List.of("a", "b"), actual, p);
  }

  @Test
  void intervalsHoldTheEstimateAreSeededAndNarrowWithMoreData() {
    BootstrapIntervals small = Bootstrap.of(noisy(100, 1), 7);
    BootstrapIntervals again = Bootstrap.of(noisy(100, 1), 7);
    BootstrapIntervals large = Bootstrap.of(noisy(2000, 1), 7);
    assertThat(small).isEqualTo(again);
    assertThat(small.accuracy().contains(small.accuracy().estimate())).isTrue();
    assertThat(small.macroF1().contains(small.macroF1().estimate())).isTrue();
    double smallWidth = small.accuracy().high() - small.accuracy().low();
    double largeWidth = large.accuracy().high() - large.accuracy().low();
    assertThat(largeWidth).isLessThan(smallWidth / 2);
  }

  @Test
  void percentileInterpolatesBetweenRanks() {
    double[] sorted = {0, 1, 2, 3, 4};
    assertThat(Bootstrap.percentile(sorted, 0.5)).isEqualTo(2.0);
    assertThat(Bootstrap.percentile(sorted, 0.125)).isEqualTo(0.5);
  }

  @Test
  void biasCheckAndCostlyPairsReadTheConfusions() {
    // Class "a" is 3 of 5 examples but predicted for all 5; "b" (smallest) is never found.
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b", "c"),
            new int[] {0, 0, 0, 1, 2},
            new double[][] {
              {0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}, {0.8, 0.1, 0.1}, {0.6, 0.1, 0.3}
            });
    ClassBias bias = ClassBias.of(examples);
    assertThat(bias.majorityClass()).isEqualTo("a");
    assertThat(bias.overRepresentation()).isEqualTo(1.0 / 0.6);
    assertThat(bias.smallestClassRecall()).isZero();
    ClassificationAnalysis analysis = ClassificationAnalysis.of(examples, 1);
    assertThat(analysis.costlyPairs())
        .extracting(ConfusionPair::actual)
        .containsExactlyInAnyOrder("b", "c");
  }
}
