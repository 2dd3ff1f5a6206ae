package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The thread count kept is the one whose timed steps were faster. */
class ThreadTunerTest {
  private final List<Integer> set = new ArrayList<>();

  /** Feeds steps that take {@code many} ns at the configured count, {@code one} at one thread. */
  private int run(long many, long one) {
    ThreadTuner tuner = new ThreadTuner(2, set::add);
    tuner.start();
    int current = 2;
    for (int step = 0; step < 40 && tuner.chosen() == 0; step++) {
      tuner.stepTook(current == 1 ? one : many);
      current = set.get(set.size() - 1);
    }
    return tuner.chosen();
  }

  @Test
  void oneThreadIsKeptWhenItsStepsAreFaster() {
    assertThat(run(3_000_000, 2_000_000)).isEqualTo(1);
    assertThat(set).containsExactly(2, 1);
  }

  @Test
  void theConfiguredCountIsRestoredWhenOneThreadIsNotClearlyFaster() {
    assertThat(run(2_000_000, 1_980_000)).isEqualTo(2);
    assertThat(set).containsExactly(2, 1, 2);
  }

  @Test
  void aRunThatStopsWhileMeasuringGoesBackToTheConfiguredCount() {
    ThreadTuner tuner = new ThreadTuner(2, set::add);
    tuner.start();
    for (int step = 0; step < ThreadTuner.WARMUP + ThreadTuner.STEPS + 2; step++) {
      tuner.stepTook(1_000_000);
    }
    tuner.abandon();
    assertThat(set).containsExactly(2, 1, 2);
    assertThat(tuner.chosen()).isEqualTo(2);
  }

  @Test
  void aSingleThreadedEngineIsLeftAlone() {
    ThreadTuner tuner = new ThreadTuner(1, set::add);
    tuner.start();
    tuner.stepTook(1_000_000);
    assertThat(tuner.chosen()).isEqualTo(1);
  }
}
