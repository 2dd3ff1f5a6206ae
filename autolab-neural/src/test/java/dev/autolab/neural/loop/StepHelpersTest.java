package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class StepHelpersTest {
  @Test
  void everyPartRunsOnceWhateverTheNumberOfHelpers() {
    StepHelpers helpers = StepHelpers.shared();
    for (int parts = 1; parts <= helpers.width() + 2; parts++) {
      for (int round = 0; round < 200; round++) {
        AtomicIntegerArray runs = new AtomicIntegerArray(parts);
        helpers.run(parts, runs::incrementAndGet);
        for (int p = 0; p < parts; p++) {
          assertThat(runs.get(p)).as("part %d of %d, round %d", p, parts, round).isEqualTo(1);
        }
      }
    }
  }

  @Test
  void aFailingPartFailsTheRunAndLeavesTheHelpersUsable() {
    StepHelpers helpers = StepHelpers.shared();
    int last = helpers.width() - 1;
    assertThatThrownBy(
            () ->
                helpers.run(
                    helpers.width(),
                    p -> {
                      if (p == last) {
                        throw new IllegalArgumentException("part " + p + " failed");
                      }
                    }))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("part " + last + " failed");
    AtomicIntegerArray runs = new AtomicIntegerArray(helpers.width());
    helpers.run(helpers.width(), runs::incrementAndGet);
    assertThat(runs.get(last)).isEqualTo(1);
  }

  @Test
  void aSecondCallerWhileTheHelpersAreBusyRunsItsPartsItself() throws Exception {
    StepHelpers helpers = StepHelpers.shared();
    AtomicIntegerArray inner = new AtomicIntegerArray(2);
    Thread[] innerThreads = new Thread[2];
    helpers.run(
        1 + Math.min(1, helpers.width() - 1),
        p -> {
          if (p == 0) {
            // The helpers are held by this run: a nested run must not wait for them.
            helpers.run(
                2,
                q -> {
                  inner.incrementAndGet(q);
                  innerThreads[q] = Thread.currentThread();
                });
          }
        });
    assertThat(inner.get(0)).isEqualTo(1);
    assertThat(inner.get(1)).isEqualTo(1);
    if (helpers.width() > 1) {
      assertThat(innerThreads[1]).isSameAs(innerThreads[0]);
    }
  }
}
