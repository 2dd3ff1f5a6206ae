package dev.autolab.neural.engine;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.loop.Knobs;
import dev.autolab.neural.loop.Objective;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.neural.loop.TrainingLoop;
import dev.autolab.neural.net.Mlp;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run in a child JVM by {@link OfflineTest}: starts the engine and trains a tiny network while a
 * security manager records every attempt to open a connection or resolve a host, then prints what
 * it saw. Attempts are recorded, not refused, so that one swallowed by the library still shows.
 */
public final class OfflineProbe {
  private OfflineProbe() {}

  private static long[] labels() {
    long[] labels = new long[64];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 2;
    }
    return labels;
  }

  @SuppressWarnings("removal")
  public static void main(String[] args) {
    List<String> attempts = new CopyOnWriteArrayList<>();
    System.setSecurityManager(
        new SecurityManager() {
          @Override
          public void checkConnect(String host, int port) {
            attempts.add(host + ":" + port);
          }

          @Override
          public void checkConnect(String host, int port, Object context) {
            attempts.add(host + ":" + port);
          }

          @Override
          public void checkPermission(Permission permission) {}
        });
    EngineInfo info = NeuralEngine.start();
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData data =
          new TensorData(manager.randomUniform(0, 1, new Shape(64, 4)), manager.create(labels()));
      new TrainingLoop(
              new Mlp(manager.newSubManager(), new int[] {4, 8, 2}, 1),
              Objective.CROSS_ENTROPY,
              new Knobs().batchSize(16),
              1)
          .fit(data, null, 2);
    }
    System.out.println("engine " + info.version() + " trained");
    System.out.println("connect attempts: " + attempts);
  }
}
