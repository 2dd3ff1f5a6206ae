package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.NeuralEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ObjectiveTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void classWeightsMakeTheCrossEntropyAWeightedMeanOfTheRows() {
    try (NDManager manager = NDManager.newBaseManager()) {
      float[] logits = {2f, 0f, 0f, 1f, 0.5f, 0.5f};
      NDArray outputs = manager.create(logits, new Shape(3, 2));
      NDArray targets = manager.create(new long[] {0, 1, 1});
      NDArray weights = manager.create(new float[] {1f, 3f});
      double[] nll = new double[3];
      for (int i = 0; i < 3; i++) {
        double a = logits[2 * i];
        double b = logits[2 * i + 1];
        double logZ = Math.log(Math.exp(a) + Math.exp(b));
        nll[i] = logZ - (i == 0 ? a : b);
      }
      double expected = (1 * nll[0] + 3 * nll[1] + 3 * nll[2]) / 7;
      assertThat(Objective.CROSS_ENTROPY.loss(outputs, targets, weights).getFloat())
          .isCloseTo((float) expected, within(1e-5f));
      // Without weights, the plain mean, as before.
      assertThat(Objective.CROSS_ENTROPY.loss(outputs, targets, null).getFloat())
          .isCloseTo((float) ((nll[0] + nll[1] + nll[2]) / 3), within(1e-5f));
    }
  }
}
