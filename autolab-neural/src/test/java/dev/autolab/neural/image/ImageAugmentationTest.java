package dev.autolab.neural.image;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.loop.Augmentation;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ImageAugmentationTest {
  @Test
  void shiftsMoveWholeRowsAndColumnsAndFillWithZeros() {
    NeuralEngine.start();
    Augmentation shift = ImageAugmentation.of(1, false);
    Random random = new Random(1);
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray ones = manager.ones(new Shape(2, 1, 4, 4));
      boolean moved = false;
      for (int k = 0; k < 20; k++) {
        NDArray out = shift.apply(ones, random);
        assertThat(out.getShape()).isEqualTo(ones.getShape());
        long zeros = out.eq(0).countNonzero().getLong();
        // per image: nothing, one row or column (4), or one of each (7)
        assertThat(zeros).isIn(0L, 8L, 14L);
        moved |= zeros > 0;
      }
      assertThat(moved).isTrue();
    }
  }

  @Test
  void flipsMirrorLeftRightAndNothingIsTheDefault() {
    NeuralEngine.start();
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray row = manager.arange(4f).reshape(1, 1, 1, 4);
      Augmentation flip = ImageAugmentation.of(0, true);
      Random random = new Random(3);
      boolean flipped = false;
      for (int k = 0; k < 10; k++) {
        float[] out = flip.apply(row, random).toFloatArray();
        assertThat(out)
            .satisfiesAnyOf(
                o -> assertThat(o).containsExactly(0f, 1f, 2f, 3f),
                o -> assertThat(o).containsExactly(3f, 2f, 1f, 0f));
        flipped |= out[0] == 3f;
      }
      assertThat(flipped).isTrue();
      assertThat(ImageAugmentation.of(0, false)).isSameAs(Augmentation.NONE);
    }
  }
}
