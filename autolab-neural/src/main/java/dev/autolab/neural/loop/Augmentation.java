package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import java.util.Random;

/**
 * Changes a training batch before the forward pass (flips, shifts, noise). It runs inside the
 * step's memory scope, so whatever it creates is freed with the step.
 */
@FunctionalInterface
public interface Augmentation {
  /** Leaves batches as they are. */
  Augmentation NONE = (batch, random) -> batch;

  NDArray apply(NDArray batch, Random random);
}
