package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.neural.net.Mlp;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DeadlineStopTest {
  /**
   * The deadline passes after the fifth step of a 100-epoch run: the loop stops right there, says
   * why, and validates the weights it stopped with so that the checkpoints hold a best record.
   */
  @Test
  void stopsAtTheDeadlineAndValidatesTheWeightsReached() {
    AtomicLong steps = new AtomicLong();
    try (NDManager manager = NDManager.newBaseManager()) {
      Checkpoints checkpoints = new Checkpoints(null);
      LoopResult result =
          new TrainingLoop(
                  new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 1),
                  Objective.CROSS_ENTROPY,
                  new Knobs().batchSize(32),
                  1)
              .listen(
                  new LoopListener() {
                    @Override
                    public void onStep(StepRecord step, LoopControl control) {
                      steps.incrementAndGet();
                    }
                  })
              .listen(checkpoints)
              .listen(new DeadlineStop(() -> steps.get() >= 5, true))
              .fit(Blobs.of(manager, 256, 8, 1), Blobs.of(manager, 64, 8, 2), 100);
      assertThat(result.steps()).isEqualTo(5);
      assertThat(result.stopReason()).isEqualTo(DeadlineStop.REASON);
      assertThat(checkpoints.bestRecord()).isNotNull();
      assertThat(checkpoints.bestRecord().step()).isEqualTo(5);
    }
  }
}
