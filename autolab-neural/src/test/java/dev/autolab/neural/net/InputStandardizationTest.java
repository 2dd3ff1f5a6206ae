package dev.autolab.neural.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.NeuralEngine;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InputStandardizationTest {
  @Test
  void theFoldedNetworkGivesOnRawInputsWhatItGaveOnStandardizedOnes() {
    NeuralEngine.start();
    try (NDManager manager = NDManager.newBaseManager(NeuralEngine.device())) {
      Random random = new Random(5);
      float[] values = new float[50 * 6];
      for (int i = 0; i < values.length; i++) {
        // Small, off-centre features like sentence vectors; column 5 is constant.
        values[i] = i % 6 == 5 ? 0.3f : (float) (0.05 * random.nextGaussian() + 0.01 * (i % 6));
      }
      NDArray raw = manager.create(values, new Shape(50, 6));
      InputStandardization standardization = InputStandardization.of(raw);
      NDArray standardized = standardization.apply(raw);
      for (float m : standardized.mean(new int[] {0}).toFloatArray()) {
        assertThat(m).isCloseTo(0f, offset(1e-5f));
      }
      assertThat(standardization.scale()[5]).isEqualTo(1f);

      Mlp network = new Mlp(manager, new int[] {6, 8, 3}, 11);
      float[] before = network.forward(standardized, false, Dropout.NONE).toFloatArray();
      network.foldInputs(standardization);
      float[] after = network.forward(raw, false, Dropout.NONE).toFloatArray();

      assertThat(after.length).isEqualTo(before.length);
      for (int i = 0; i < before.length; i++) {
        assertThat(after[i]).isCloseTo(before[i], offset(1e-4f));
      }
    }
  }
}
