package dev.autolab.neural.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaddedBatchTest {
  @Test
  void windowsAreLeftAlignedAndPaddedToTheLongestWithAMaskOverTheirTokens() {
    PaddedBatch batch =
        PaddedBatch.of(List.of(new long[] {101, 7, 102}, new long[] {101, 102}, new long[0]));

    assertThat(batch.rows()).isEqualTo(3);
    assertThat(batch.width()).isEqualTo(3);
    assertThat(batch.shape()).containsExactly(3, 3);
    assertThat(batch.ids()).containsExactly(101, 7, 102, 101, 102, 0, 0, 0, 0);
    assertThat(batch.mask()).containsExactly(1, 1, 1, 1, 1, 0, 0, 0, 0);
  }

  @Test
  void noWindowsMakeAnEmptyBatch() {
    PaddedBatch batch = PaddedBatch.of(List.of());
    assertThat(batch.shape()).containsExactly(0, 0);
    assertThat(batch.ids()).isEmpty();
  }

  @Test
  void idsThatDoNotFillTheShapeAreRefused() {
    assertThatThrownBy(() -> new PaddedBatch(new long[5], new long[5], 2, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 x 3 batch takes 6 ids");
  }
}
