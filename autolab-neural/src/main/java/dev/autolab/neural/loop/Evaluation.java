package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.Network;

/** Mean loss and accuracy of a network on tensors, in inference mode and bounded memory. */
final class Evaluation {
  /** Rows per forward pass: large enough to use the cores, small enough to bound memory. */
  static final int BATCH = 512;

  private Evaluation() {}

  static ValidationRecord of(
      Network network, Objective objective, TensorData data, NDManager base, long step, int epoch) {
    return of(network, objective, null, data, base, step, epoch);
  }

  /**
   * As above, the loss weighted by class as in training when {@code classWeights} is not null (the
   * weighted mean over all rows, not a mean of batch means). Nothing records gradients meanwhile.
   */
  static ValidationRecord of(
      Network network,
      Objective objective,
      NDArray classWeights,
      TensorData data,
      NDManager base,
      long step,
      int epoch) {
    double[] lossAndAccuracy =
        NeuralEngine.withoutGradients(() -> measure(network, objective, classWeights, data, base));
    return new ValidationRecord(step, epoch, lossAndAccuracy[0], lossAndAccuracy[1]);
  }

  /** The mean loss and the accuracy (NaN unless classifying). */
  private static double[] measure(
      Network network, Objective objective, NDArray classWeights, TensorData data, NDManager base) {
    double lossSum = 0;
    double weightSum = 0;
    long correct = 0;
    int n = data.size();
    for (int from = 0; from < n; from += BATCH) {
      int to = Math.min(n, from + BATCH);
      try (NDManager scope = base.newSubManager()) {
        TensorData batch = data.slice(scope, from, to);
        NDArray outputs = network.forward(batch.features(), false, Dropout.NONE);
        if (classWeights == null) {
          lossSum += objective.loss(outputs, batch.targets()).getFloat() * (to - from);
          weightSum += to - from;
        } else {
          NDArray weights = objective.rowWeights(batch.targets(), classWeights);
          lossSum += objective.rowLosses(outputs, batch.targets()).mul(weights).sum().getFloat();
          weightSum += weights.sum().getFloat();
        }
        if (objective == Objective.CROSS_ENTROPY) {
          correct += outputs.argMax(1).eq(batch.targets()).sum().getLong();
        }
      }
    }
    double accuracy = objective == Objective.CROSS_ENTROPY ? correct / (double) n : Double.NaN;
    return new double[] {lossSum / weightSum, accuracy};
  }
}
