package dev.autolab.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.nn.pooling.Pool;
import java.util.Random;

/**
 * Two 3x3 convolution blocks (32 then 64 channels, each ReLU and 2x2 max-pooling, optionally
 * batch-normalised before the ReLU), then a 128-wide hidden layer with dropout and the output
 * layer. Without batch norm this is the CNN of the PyTorch reference benchmark.
 */
public final class SmallCnn implements Network {
  private static final int[] CHANNELS = {32, 64};
  private static final int HIDDEN = 128;
  private static final Shape KERNEL = new Shape(3, 3);
  private static final Shape UNIT = new Shape(1, 1);
  private static final Shape POOL = new Shape(2, 2);
  private static final Shape NO_PADDING = new Shape(0, 0);

  private final ParameterSet parameters;
  private final boolean batchNorm;
  private final long multiplyAdds;

  /**
   * @param channels input channels (1 grayscale, 3 RGB)
   * @param size input height and width (square, divisible by 4)
   * @param outputs classes
   */
  public SmallCnn(
      NDManager manager, int channels, int size, int outputs, boolean batchNorm, long seed) {
    if (size % 4 != 0) {
      throw new IllegalArgumentException("image size must be divisible by 4, got " + size);
    }
    this.parameters = new ParameterSet(manager);
    this.batchNorm = batchNorm;
    Random random = new Random(seed);
    int in = channels;
    for (int block = 0; block < CHANNELS.length; block++) {
      int out = CHANNELS[block];
      double bound = 1 / Math.sqrt(in * 9.0);
      parameters.uniform("conv" + block + ".weight", new Shape(out, in, 3, 3), bound, random);
      parameters.uniform("conv" + block + ".bias", new Shape(out), bound, random);
      if (batchNorm) {
        parameters.constant("bn" + block + ".gamma", new Shape(out), 1f);
        parameters.constant("bn" + block + ".beta", new Shape(out), 0f);
        parameters.buffer("bn" + block + ".mean", new Shape(out), 0f);
        parameters.buffer("bn" + block + ".var", new Shape(out), 1f);
      }
      in = out;
    }
    int flat = in * (size / 4) * (size / 4);
    long adds = 0;
    int previous = channels;
    for (int block = 0; block < CHANNELS.length; block++) {
      int side = size >> block; // each block's 3x3 kernels slide over every position it sees
      adds += (long) CHANNELS[block] * previous * 9 * side * side;
      previous = CHANNELS[block];
    }
    this.multiplyAdds = adds + (long) flat * HIDDEN + (long) HIDDEN * outputs;
    parameters.uniform("fc0.weight", new Shape(HIDDEN, flat), 1 / Math.sqrt(flat), random);
    parameters.uniform("fc0.bias", new Shape(HIDDEN), 1 / Math.sqrt(flat), random);
    parameters.uniform("fc1.weight", new Shape(outputs, HIDDEN), 1 / Math.sqrt(HIDDEN), random);
    parameters.uniform("fc1.bias", new Shape(outputs), 1 / Math.sqrt(HIDDEN), random);
  }

  @Override
  public long multiplyAddsPerRow() {
    return multiplyAdds;
  }

  @Override
  public NDArray forward(NDArray input, boolean training, Dropout dropout) {
    NDArray x = input;
    for (int block = 0; block < CHANNELS.length; block++) {
      x =
          Conv2d.conv2d(
                  x,
                  parameters.get("conv" + block + ".weight"),
                  parameters.get("conv" + block + ".bias"),
                  UNIT,
                  UNIT,
                  UNIT,
                  1)
              .singletonOrThrow();
      if (batchNorm) {
        x = normalize(x, block, training);
      }
      x = Pool.maxPool2d(Activation.relu(x), POOL, POOL, NO_PADDING, false);
    }
    x = x.reshape(x.getShape().get(0), -1);
    x = Activation.relu(linear(x, "fc0"));
    if (training) {
      x = dropout.apply(x);
    }
    return linear(x, "fc1");
  }

  private NDArray linear(NDArray x, String layer) {
    return Linear.linear(x, parameters.get(layer + ".weight"), parameters.get(layer + ".bias"))
        .singletonOrThrow();
  }

  private NDArray normalize(NDArray x, int block, boolean training) {
    String prefix = "bn" + block;
    // Axis -1 lets PyTorch normalise its channel axis 1 directly; momentum 0.9 keeps 90% of the
    // running statistics per step (PyTorch's default of 0.1 in its own convention).
    return BatchNorm.batchNorm(
            x,
            parameters.get(prefix + ".mean"),
            parameters.get(prefix + ".var"),
            parameters.get(prefix + ".gamma"),
            parameters.get(prefix + ".beta"),
            -1,
            0.9f,
            1e-5f,
            training)
        .singletonOrThrow();
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }
}
