package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;

/**
 * Global-norm gradient clipping: DJL's optimizers clip each element on its own, which changes the
 * gradient's direction; scaling all gradients together keeps it.
 */
final class Clipping {
  private Clipping() {}

  /** Scales {@code gradients} in place so their joint L2 norm is at most {@code max}; the norm. */
  static double clip(NDArray[] gradients, double max) {
    double sum = 0;
    for (NDArray gradient : gradients) {
      try (NDArray squares = gradient.square();
          NDArray total = squares.sum()) {
        sum += total.getFloat();
      }
    }
    double norm = Math.sqrt(sum);
    if (norm > max) {
      double scale = max / norm;
      for (NDArray gradient : gradients) {
        gradient.muli(scale);
      }
    }
    return norm;
  }
}
