package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.MetricSink;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Mlp;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The logging and checkpoint listeners write what they promise. */
class ListenersTest {
  @TempDir Path dir;

  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void metricsAreLoggedEveryNStepsAndAtEveryValidation() {
    List<String> points = new ArrayList<>();
    MetricSink sink = (key, step, value) -> points.add(key + "@" + step);
    try (NDManager manager = NDManager.newBaseManager()) {
      new TrainingLoop(
              new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 1),
              Objective.CROSS_ENTROPY,
              new Knobs().batchSize(32),
              1)
          .listen(ValidationSchedule.everyEpoch())
          .listen(new MetricLogger(sink, "net.", 4))
          .fit(Blobs.of(manager, 256, 8, 1), Blobs.of(manager, 64, 8, 2), 1);
    }
    assertThat(points)
        .containsExactly(
            "net.train.loss@4",
            "net.train.learning_rate@4",
            "net.train.gradient_norm@4",
            "net.train.loss@8",
            "net.train.learning_rate@8",
            "net.train.gradient_norm@8",
            "net.valid.loss@8",
            "net.valid.accuracy@8");
  }

  @Test
  void checkpointsWriteBestAndLastAndTheBestLoadsBack() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Mlp network = new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 1);
      Checkpoints checkpoints = new Checkpoints(dir);
      new TrainingLoop(network, Objective.CROSS_ENTROPY, new Knobs().learningRate(0.05), 1)
          .listen(ValidationSchedule.everySteps(1))
          .listen(checkpoints)
          .fit(Blobs.of(manager, 256, 8, 1), Blobs.of(manager, 64, 8, 2), 2);
      assertThat(dir.resolve(Checkpoints.BEST)).exists();
      assertThat(dir.resolve(Checkpoints.LAST)).exists();

      Mlp restored = new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 99);
      restored.parameters().load(dir.resolve(Checkpoints.LAST));
      Map<String, float[]> last = network.parameters().snapshot();
      restored
          .parameters()
          .snapshot()
          .forEach((name, v) -> assertThat(v).isEqualTo(last.get(name)));
    }
  }
}
