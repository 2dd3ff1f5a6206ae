package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.neural.net.Mlp;
import dev.autolab.train.RungGate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RungStopTest {
  /** A gate that records what it is told and stops the trial at {@code stopAt}. */
  private static final class Recording implements RungGate {
    final List<String> calls = new ArrayList<>();
    final int stopAt;

    Recording(int stopAt) {
      this.stopAt = stopAt;
    }

    @Override
    public boolean reached(int rung, double validLoss) {
      calls.add("rung " + rung);
      return rung != stopAt;
    }

    @Override
    public void ended() {
      calls.add("ended");
    }
  }

  private static LoopResult train(RungGate gate, int epochs) {
    try (NDManager manager = NDManager.newBaseManager()) {
      // 256 rows in batches of 32: 8 steps an epoch, so the first rung (100 steps) ends after 13
      // epochs, the second after 39.
      return new TrainingLoop(
              new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 1),
              Objective.CROSS_ENTROPY,
              new Knobs().batchSize(32),
              1)
          .listen(new RungStop(gate))
          .fit(Blobs.of(manager, 256, 8, 1), Blobs.of(manager, 64, 8, 2), epochs);
    }
  }

  @Test
  void reportsAtEachRungAndStopsWhereTheRaceSays() {
    Recording gate = new Recording(1);
    LoopResult result = train(gate, 100);
    assertThat(gate.calls).containsExactly("rung 0", "rung 1", "ended");
    assertThat(result.epochs()).isEqualTo(39);
    assertThat(result.stopReason()).isEqualTo(RungStop.REASON);
    assertThat(result.lastValidation().step()).isEqualTo(39 * 8);
  }

  @Test
  void aTrialKeptOnTrainsToItsOwnEnd() {
    Recording gate = new Recording(-1);
    LoopResult result = train(gate, 20);
    assertThat(gate.calls).containsExactly("rung 0", "ended");
    assertThat(result.epochs()).isEqualTo(20);
    assertThat(result.stopReason()).isNull();
  }
}
