package dev.autolab.neural.net;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import java.util.Arrays;
import java.util.Random;

/**
 * A multi-layer perceptron: linear layers with ReLU between them and dropout after each hidden
 * activation. Inputs of any shape are flattened after the batch axis.
 */
public final class Mlp implements Network {
  private final ParameterSet parameters;
  private final int[] sizes;

  /**
   * @param sizes input width, hidden widths, output width (e.g. 784, 256, 128, 10)
   * @param seed fixes the initial weights
   */
  public Mlp(NDManager manager, int[] sizes, long seed) {
    if (sizes.length < 2) {
      throw new IllegalArgumentException("an MLP needs an input and an output width");
    }
    this.sizes = sizes.clone();
    this.parameters = new ParameterSet(manager);
    Random random = new Random(seed);
    for (int layer = 0; layer + 1 < sizes.length; layer++) {
      double bound = 1 / Math.sqrt(sizes[layer]);
      parameters.uniform(weight(layer), new Shape(sizes[layer + 1], sizes[layer]), bound, random);
      parameters.uniform(bias(layer), new Shape(sizes[layer + 1]), bound, random);
    }
  }

  private static String weight(int layer) {
    return "fc" + layer + ".weight";
  }

  private static String bias(int layer) {
    return "fc" + layer + ".bias";
  }

  /** Input width, hidden widths, output width. */
  public int[] sizes() {
    return sizes.clone();
  }

  @Override
  public NDArray forward(NDArray input, boolean training, Dropout dropout) {
    NDArray x =
        input.getShape().dimension() == 2 ? input : input.reshape(input.getShape().get(0), -1);
    int layers = sizes.length - 1;
    for (int layer = 0; layer < layers; layer++) {
      x =
          Linear.linear(x, parameters.get(weight(layer)), parameters.get(bias(layer)))
              .singletonOrThrow();
      if (layer + 1 < layers) {
        x = Activation.relu(x);
        if (training) {
          x = dropout.apply(x);
        }
      }
    }
    return x;
  }

  /**
   * Folds a standardization of the inputs into the first layer (see {@link InputStandardization}).
   */
  public void foldInputs(InputStandardization standardization) {
    standardization.foldInto(parameters.get(weight(0)), parameters.get(bias(0)));
  }

  @Override
  public ParameterSet parameters() {
    return parameters;
  }

  @Override
  public String toString() {
    return "Mlp" + Arrays.toString(sizes);
  }
}
