package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;

/**
 * Global-norm gradient clipping: DJL's optimizers clip each element on its own, which changes the
 * gradient's direction; scaling all gradients together keeps it.
 */
final class Clipping {
  private Clipping() {}

  /**
   * The joint L2 norm of {@code gradients}; one value leaves the engine, so the cost is a few small
   * operations per parameter and one synchronisation a step.
   */
  static double norm(NDArray[] gradients) {
    NDArray total = null;
    for (NDArray gradient : gradients) {
      NDArray sum = gradient.square().sum();
      total = total == null ? sum : total.add(sum);
    }
    return total == null ? 0 : Math.sqrt(total.getFloat());
  }

  /** Scales {@code gradients} in place so their joint L2 norm is at most {@code max}; the norm. */
  static double clip(NDArray[] gradients, double max) {
    double norm = norm(gradients);
    if (norm > max) {
      double scale = max / norm;
      for (NDArray gradient : gradients) {
        gradient.muli(scale);
      }
    }
    return norm;
  }
}
