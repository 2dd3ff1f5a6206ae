package dev.autolab.eval.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  /** scikit-learn's documented example: roc_auc_score = 0.75, average_precision_score = 0.8333. */
  @Test
  void matchesScikitLearnOnItsDocumentedExample() {
    double[] score = {0.1, 0.4, 0.35, 0.8};
    boolean[] positive = {false, false, true, true};
    assertThat(Ranking.rocAuc(score, positive, 2)).isCloseTo(0.75, within(1e-12));
    assertThat(Ranking.averagePrecision(score, positive, 2)).isCloseTo(0.8333333, within(1e-6));
  }

  @Test
  void tiedScoresCountOneHalf() {
    double[] score = {0.5, 0.5};
    boolean[] positive = {false, true};
    assertThat(Ranking.rocAuc(score, positive, 1)).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aClassWithoutExamplesHasNoAreaAndIsLeftOutOfTheMean() {
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b", "c"),
            new int[] {0, 1, 0, 1},
            new double[][] {{0.9, 0.1, 0}, {0.2, 0.8, 0}, {0.6, 0.4, 0}, {0.3, 0.7, 0}});
    RankingMetrics ranking = Ranking.of(examples);
    assertThat(ranking.perClass().get("c").rocAuc()).isNull();
    assertThat(ranking.perClass().get("a").rocAuc()).isEqualTo(1.0);
    assertThat(ranking.macroRocAuc()).isEqualTo(1.0);
  }
}
