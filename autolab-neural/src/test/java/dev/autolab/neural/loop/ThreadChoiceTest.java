package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Mlp;
import dev.autolab.neural.net.SmallCnn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Small networks train on one thread, large ones on every configured thread. */
class ThreadChoiceTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void theBenchmarkMlpTakesOneThreadAndTheCnnAll() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Mlp mlp = new Mlp(manager.newSubManager(), new int[] {784, 256, 128, 10}, 0);
      SmallCnn cnn = new SmallCnn(manager.newSubManager(), 1, 28, 10, false, 0);

      assertThat(mlp.multiplyAddsPerRow()).isEqualTo(784 * 256 + 256 + 256 * 128 + 128 + 1290);
      // 32x1x9 at 28x28, 64x32x9 at 14x14, then 3136x128 and 128x10
      assertThat(cnn.multiplyAddsPerRow())
          .isEqualTo(32L * 9 * 28 * 28 + 64L * 32 * 9 * 14 * 14 + 3136L * 128 + 1280);
      assertThat(ThreadChoice.threads(mlp, 128, 2)).isEqualTo(1);
      assertThat(ThreadChoice.threads(cnn, 128, 2)).isEqualTo(2);
      assertThat(ThreadChoice.threads(cnn, 128, 1)).isEqualTo(1);
      // the same network with far larger batches is worth the second thread
      assertThat(ThreadChoice.threads(mlp, 4096, 2)).isEqualTo(2);
    }
  }
}
