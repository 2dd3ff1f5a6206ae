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
  },
  /** Mean squared error of one output per row; targets are float32 values. */
  SQUARED_ERROR {
    @Override
    public NDArray loss(NDArray outputs, NDArray targets) {
      return outputs.reshape(-1).sub(targets).square().mean();
    }
  };

  /** The mean loss of a batch, a scalar in the outputs' manager. */
  public abstract NDArray loss(NDArray outputs, NDArray targets);
}
