package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Records one forward pass for backpropagation on the calling thread, then restores the thread's
 * gradient mode: what DJL's {@code GradientCollector} does for the PyTorch engine, without its
 * process-wide flag that lets only one collector exist at a time. The engine's gradient mode
 * belongs to the thread, so trainings on several threads (a race's concurrent trials) each record
 * their own passes.
 */
final class GradientScope implements AutoCloseable {
  private final boolean before;

  GradientScope() {
    before = JniUtils.isGradMode();
    JniUtils.setGradMode(true);
  }

  /** Backpropagates from {@code loss} (a scalar), adding to the weights' gradients. */
  void backward(NDArray loss) {
    NDArray seed = loss.onesLike();
    JniUtils.backward((PtNDArray) loss, (PtNDArray) seed, false, false);
  }

  @Override
  public void close() {
    if (!before) {
      JniUtils.setGradMode(false);
    }
  }
}
