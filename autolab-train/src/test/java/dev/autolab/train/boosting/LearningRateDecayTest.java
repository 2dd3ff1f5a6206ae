package dev.autolab.train.boosting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.junit.jupiter.api.Test;

/** The supervisor's rule for boosted trees: the learning rate halves when validation stalls. */
class LearningRateDecayTest {
  @Test
  void aStalledValidationLossHalvesTheRateAndATrainingReplaysIt() throws XGBoostError {
    DMatrix train = noisy(600, 1);
    DMatrix valid = noisy(300, 2);
    Map<String, Object> xgb = parameters(0.6);

    Boosting.Trained probe = Boosting.train(train, valid, xgb, 200, 40, null, true, List.of());

    // A rate this high overfits noisy labels within a few rounds: the loss stalls, the rate halves
    // after half the patience without improvement, at most three times, a cool-down apart.
    List<Boosting.RateChange> changes = probe.rateChanges();
    assertThat(changes).isNotEmpty().hasSizeLessThanOrEqualTo(Boosting.MAX_DECAYS);
    assertThat(changes.get(0).from()).isEqualTo(0.6);
    assertThat(changes.get(0).to()).isEqualTo(0.3);
    assertThat(changes.get(0).last()).isGreaterThanOrEqualTo(changes.get(0).best());
    for (int i = 1; i < changes.size(); i++) {
      assertThat(changes.get(i).round() - changes.get(i - 1).round())
          .isGreaterThanOrEqualTo(Boosting.decayAfter(40));
    }
    int rounds = probe.validCurve().length;

    // Trained again on the same rows without validation, with the changes replayed: the same trees.
    Boosting.Trained again =
        Boosting.train(train, null, parameters(0.6), rounds, 0, null, false, changes);
    float[][] a = Boosting.predict(probe.booster(), valid);
    float[][] b = Boosting.predict(again.booster(), valid);
    assertThat(b).isDeepEqualTo(a);
    Boosting.Trained fixed = Boosting.train(train, null, parameters(0.6), rounds, 0);
    assertThat(java.util.Arrays.deepEquals(Boosting.predict(fixed.booster(), valid), a)).isFalse();
  }

  @Test
  void withoutTheRuleTheRateStaysFixed() throws XGBoostError {
    Boosting.Trained probe =
        Boosting.train(
            noisy(600, 1), noisy(300, 2), parameters(0.6), 200, 40, null, false, List.of());
    assertThat(probe.rateChanges()).isEmpty();
  }

  @Test
  void schedulesAreWrittenAndReadAsRoundRatePairs() {
    List<Boosting.RateChange> changes =
        List.of(
            new Boosting.RateChange(120, 0.05, 0.025, 0.3, 0.31),
            new Boosting.RateChange(150, 0.025, 0.0125, 0.3, 0.3));
    String schedule = Boosting.RateChange.format(changes);
    assertThat(schedule).isEqualTo("120:0.025,150:0.0125");
    assertThat(Boosting.RateChange.parse(schedule))
        .extracting(Boosting.RateChange::round, Boosting.RateChange::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(120, 0.025),
            org.assertj.core.groups.Tuple.tuple(150, 0.0125));
    assertThat(Boosting.RateChange.parse("")).isEmpty();
    assertThatThrownBy(() -> Boosting.RateChange.parse("120-0.5"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("round:rate");
  }

  private static Map<String, Object> parameters(double eta) {
    Map<String, Object> xgb = new HashMap<>();
    xgb.put("objective", "binary:logistic");
    xgb.put("eval_metric", "logloss");
    xgb.put("eta", eta);
    xgb.put("max_depth", 4);
    xgb.put("seed", 1);
    xgb.put("nthread", 1);
    xgb.put("verbosity", 0);
    return xgb;
  }

  /** Two informative features, three of noise, and 30% of the labels flipped. */
  private static DMatrix noisy(int rows, long seed) throws XGBoostError {
    Random random = new Random(seed);
    float[] data = new float[rows * 5];
    float[] labels = new float[rows];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < 5; j++) {
        data[i * 5 + j] = (float) random.nextGaussian();
      }
      boolean positive = data[i * 5] + data[i * 5 + 1] > 0;
      labels[i] = (positive ^ random.nextDouble() < 0.3) ? 1 : 0;
    }
    DMatrix matrix = new DMatrix(data, rows, 5, Float.NaN);
    matrix.setLabel(labels);
    return matrix;
  }
}
