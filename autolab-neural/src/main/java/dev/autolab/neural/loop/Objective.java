package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;

/** What the network's outputs are trained to minimise. */
public enum Objective {
  /** Cross-entropy of softmax class probabilities; targets are class indices (int64). */
  CROSS_ENTROPY {
    @Override
    public NDArray loss(NDArray outputs, NDArray targets) {
      NDArray picked = outputs.logSoftmax(1).gather(targets.reshape(-1, 1), 1);
      return picked.mean().neg();
    }

    @Override
    NDArray rowLosses(NDArray outputs, NDArray targets) {
      return outputs.logSoftmax(1).gather(targets.reshape(-1, 1), 1).reshape(-1).neg();
    }
  },
  /** Mean squared error of one output per row; targets are float32 values. */
  SQUARED_ERROR {
    @Override
    public NDArray loss(NDArray outputs, NDArray targets) {
      return outputs.reshape(-1).sub(targets).square().mean();
    }

    @Override
    NDArray rowLosses(NDArray outputs, NDArray targets) {
      return outputs.reshape(-1).sub(targets).square();
    }
  };

  /** The mean loss of a batch, a scalar in the outputs' manager. */
  public abstract NDArray loss(NDArray outputs, NDArray targets);

  /** Each row's loss, shape (rows). */
  abstract NDArray rowLosses(NDArray outputs, NDArray targets);

  /**
   * The batch's loss with each row weighted by its class's weight (a weighted mean, as PyTorch's
   * {@code cross_entropy(weight=...)}), or the plain mean when {@code classWeights} is null.
   */
  public NDArray loss(NDArray outputs, NDArray targets, NDArray classWeights) {
    if (classWeights == null) {
      return loss(outputs, targets);
    }
    NDArray weights = rowWeights(targets, classWeights);
    return rowLosses(outputs, targets).mul(weights).sum().div(weights.sum());
  }

  /** The weights of a batch's rows, shape (rows): their classes' weights, or ones. */
  NDArray rowWeights(NDArray targets, NDArray classWeights) {
    NDArray flat = targets.reshape(-1);
    return classWeights == null ? flat.getManager().ones(flat.getShape()) : classWeights.take(flat);
  }
}
