package dev.autolab.eval.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void eceIsTheWeightedGapBetweenConfidenceAndAccuracy() {
    // Four answers at confidence 0.9, of which two are right: one bin, |0.5 - 0.9| = 0.4.
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b"),
            new int[] {0, 0, 1, 1},
            new double[][] {{0.9, 0.1}, {0.9, 0.1}, {0.9, 0.1}, {0.9, 0.1}});
    Calibration calibration = Calibration.of(examples);
    assertThat(calibration.ece()).isCloseTo(0.4, within(1e-12));
    assertThat(calibration.bins()).hasSize(10);
    assertThat(calibration.bins().get(9).count()).isEqualTo(4);
    assertThat(calibration.bins().get(9).accuracy()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void topKCountsTheTruthAmongTheMostProbable() {
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b", "c", "d"),
            new int[] {2, 3},
            new double[][] {{0.5, 0.1, 0.3, 0.1}, {0.4, 0.3, 0.2, 0.1}});
    assertThat(TopKAccuracy.of(examples))
        .containsExactly(new TopKAccuracy(2, 0.5), new TopKAccuracy(3, 0.5));
  }
}
