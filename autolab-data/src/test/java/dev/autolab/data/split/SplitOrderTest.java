package dev.autolab.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import org.junit.jupiter.api.Test;

class SplitOrderTest {
  @Test
  void parsesRandomAndTime() {
    assertThat(SplitOrder.parse("random", null)).isEqualTo(SplitOrder.RANDOM);
    assertThat(SplitOrder.parse("Time", "day")).isEqualTo(new SplitOrder(true, "day"));
  }

  @Test
  void anUnknownOrderOrATimeColumnWithoutATimeSplitIsBadInput() {
    assertThatThrownBy(() -> SplitOrder.parse("chronological", null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--split: expected random")
        .hasMessageContaining("'chronological'");
    assertThatThrownBy(() -> SplitOrder.parse("random", "day"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("add --split time");
  }
}
