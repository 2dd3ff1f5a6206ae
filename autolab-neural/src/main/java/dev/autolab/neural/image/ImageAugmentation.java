package dev.autolab.neural.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.autolab.neural.loop.Augmentation;
import java.util.Random;

/**
 * Random shifts and horizontal flips of a whole batch (one draw per batch, which keeps a step to a
 * few tensor operations). Shifted-in pixels are zero, the training mean after normalisation.
 */
final class ImageAugmentation implements Augmentation {
  private final int maxShift;
  private final boolean flip;

  /**
   * @param maxShift the most pixels an image moves along each axis, 0 for none
   * @param flip whether to mirror left-right half the time
   */
  ImageAugmentation(int maxShift, boolean flip) {
    this.maxShift = maxShift;
    this.flip = flip;
  }

  static Augmentation of(int maxShift, boolean flip) {
    return maxShift <= 0 && !flip ? Augmentation.NONE : new ImageAugmentation(maxShift, flip);
  }

  @Override
  public NDArray apply(NDArray batch, Random random) {
    NDArray x = batch;
    if (flip && random.nextBoolean()) {
      x = x.flip(3);
    }
    if (maxShift > 0) {
      x = shift(x, random.nextInt(2 * maxShift + 1) - maxShift, 2);
      x = shift(x, random.nextInt(2 * maxShift + 1) - maxShift, 3);
    }
    return x;
  }

  /** {@code x} moved by {@code by} pixels along {@code axis}, zero-filled. */
  private static NDArray shift(NDArray x, int by, int axis) {
    if (by == 0) {
      return x;
    }
    long side = x.getShape().get(axis);
    NDArray kept = x.get(slice(axis, by > 0 ? 0 : -by, by > 0 ? side - by : side));
    long[] padShape = x.getShape().getShape().clone();
    padShape[axis] = Math.abs(by);
    NDArray zeros = x.getManager().zeros(new ai.djl.ndarray.types.Shape(padShape), x.getDataType());
    return by > 0 ? zeros.concat(kept, axis) : kept.concat(zeros, axis);
  }

  private static NDIndex slice(int axis, long from, long to) {
    NDIndex index = new NDIndex();
    for (int a = 0; a < axis; a++) {
      index.addAllDim();
    }
    return index.addSliceDim(from, to);
  }
}
