package dev.autolab.neural.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.NeuralEngine;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Values written back into a set's arrays are the engine's values, in place. */
class ParameterSetTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void restoreWritesTheSnapshotIntoTheSameArraysTheEngineComputesWith() {
    try (NDManager manager = NDManager.newBaseManager();
        ParameterSet set = new ParameterSet(manager.newSubManager())) {
      NDArray weight = set.uniform("w", new Shape(3, 4), 1.0, new Random(7));
      Map<String, float[]> snapshot = set.snapshot();
      float[] before = weight.toFloatArray();

      weight.muli(0);
      assertThat(weight.sum().getFloat()).isZero();
      set.restore(snapshot);

      assertThat(weight.toFloatArray()).isEqualTo(before);
      // The engine reads the restored values, not a copy the write went to.
      float sum = 0;
      for (float v : before) {
        sum += v;
      }
      assertThat(weight.sum().getFloat())
          .isCloseTo(sum, org.assertj.core.data.Offset.offset(1e-5f));
    }
  }

  @Test
  void aWriteOfTheWrongLengthIsRefused() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray array = manager.zeros(new Shape(2, 2));
      assertThatThrownBy(() -> ParameterSet.overwrite(array, new float[3]))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("3 values");
    }
  }
}
