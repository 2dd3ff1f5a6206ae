package dev.autolab.neural.loop;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Random;

/** Two Gaussian blobs in {@code dims} dimensions, classes 0 and 1, as tensors. */
final class Blobs {
  private Blobs() {}

  static TensorData of(NDManager manager, int rows, int dims, long seed) {
    Random random = new Random(seed);
    float[] x = new float[rows * dims];
    long[] y = new long[rows];
    for (int i = 0; i < rows; i++) {
      y[i] = i % 2;
      for (int j = 0; j < dims; j++) {
        x[i * dims + j] = (float) (random.nextGaussian() + (y[i] == 1 ? 1.0 : -1.0));
      }
    }
    return new TensorData(manager.create(x, new Shape(rows, dims)), manager.create(y));
  }
}
