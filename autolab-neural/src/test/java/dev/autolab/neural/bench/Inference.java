package dev.autolab.neural.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.Network;
import java.util.Arrays;

/**
 * The inference measurements of the PyTorch reference, in the same order and sizes, without
 * gradient recording as there ({@code torch.no_grad()}) and in Autolab's models.
 */
final class Inference {
  private Inference() {}

  static double accuracy(Network network, TensorData test, NDManager base) {
    return NeuralEngine.withoutGradients(() -> countCorrect(network, test, base));
  }

  private static double countCorrect(Network network, TensorData test, NDManager base) {
    long correct = 0;
    for (int from = 0; from < test.size(); from += 256) {
      try (NDManager scope = base.newSubManager()) {
        TensorData batch = test.slice(scope, from, Math.min(test.size(), from + 256));
        correct +=
            network
                .forward(batch.features(), false, Dropout.NONE)
                .argMax(1)
                .eq(batch.targets())
                .sum()
                .getLong();
      }
    }
    return correct / (double) test.size();
  }

  static double throughput(Network network, TensorData test, NDManager base) {
    return NeuralEngine.withoutGradients(() -> rowsPerSecond(network, test, base));
  }

  private static double rowsPerSecond(Network network, TensorData test, NDManager base) {
    for (int from = 0; from < 2048; from += 256) {
      predict(network, test, base, from, from + 256);
    }
    long t0 = System.nanoTime();
    for (int from = 0; from < test.size(); from += 256) {
      predict(network, test, base, from, Math.min(test.size(), from + 256));
    }
    return test.size() / ((System.nanoTime() - t0) / 1e9);
  }

  private static void predict(Network network, TensorData test, NDManager base, int from, int to) {
    try (NDManager scope = base.newSubManager()) {
      NDArray x = test.features().get(new NDIndex().addSliceDim(from, to));
      x.attach(scope);
      network.forward(x, false, Dropout.NONE).argMax(1).toLongArray();
    }
  }

  /**
   * p50 and p90 of batch-1 latency over 1000 rows after 100 warm-up rows, in milliseconds; on one
   * intra-op thread and without gradient recording, as Autolab's models predict a single row
   * ({@code Batched.predict}) and as the reference does ({@code torch.no_grad()}).
   */
  static double[] latencyMs(Network network, TensorData test, NDManager base) {
    return NeuralEngine.withoutGradients(
        () -> NeuralEngine.withThreads(1, () -> singleRowLatencyMs(network, test, base)));
  }

  private static double[] singleRowLatencyMs(Network network, TensorData test, NDManager base) {
    for (int i = 0; i < 100; i++) {
      predict(network, test, base, i, i + 1);
    }
    double[] ms = new double[1000];
    for (int i = 0; i < ms.length; i++) {
      long t = System.nanoTime();
      predict(network, test, base, i, i + 1);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new double[] {ms[499], ms[899]};
  }
}
