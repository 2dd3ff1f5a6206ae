package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;

/**
 * A whole data set as two tensors created once: features (rows first) and targets (class indices as
 * int64, or values as float32). Batches are slices of them, so a step assembles its batch with one
 * view instead of copying rows one by one.
 */
public record TensorData(NDArray features, NDArray targets) implements AutoCloseable {
  public TensorData {
    if (features.getShape().get(0) != targets.getShape().get(0)) {
      throw new IllegalArgumentException(
          "features have " + features.getShape() + " rows, targets " + targets.getShape());
    }
  }

  public int size() {
    return Math.toIntExact(features.getShape().get(0));
  }

  /** Rows {@code [from, to)} as views attached to {@code manager}. */
  public TensorData slice(NDManager manager, long from, long to) {
    NDIndex range = new NDIndex().addSliceDim(from, to);
    NDArray x = features.get(range);
    NDArray y = targets.get(range);
    x.attach(manager);
    y.attach(manager);
    return new TensorData(x, y);
  }

  @Override
  public void close() {
    features.close();
    targets.close();
  }
}
