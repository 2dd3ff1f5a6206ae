package dev.autolab.train.race;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Event;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.eval.Metric;
import dev.autolab.train.RungGate;
import dev.autolab.train.TrainingContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Successive halving driven by threads that stand in for training loops. */
class HalvingTest {
  private final List<Event> events = Collections.synchronizedList(new ArrayList<>());
  private final TrainingContext context =
      new TrainingContext(
          1,
          Metric.MACRO_F1,
          ProgressListener.NONE,
          events::add,
          MetricSink.NONE,
          Clock.systemUTC(),
          Map.of());

  /** What a stand-in trial did: the rungs it passed, whether it started, its threads per rung. */
  private record Outcome(boolean started, int rungsPassed, List<Integer> threads) {}

  /** The maximum number of stand-in trials seen training at the same time in the last race. */
  private int mostAtOnce;

  private Outcome[] race(double[][] losses, AtomicBoolean deadline, Runnable atFirstReport)
      throws InterruptedException {
    return race(losses, 1, 1, deadline, atFirstReport);
  }

  /**
   * Runs trials whose validation loss at rung k is {@code losses[trial][k]} (training up to {@code
   * losses[trial].length} rungs, then ending by itself), checking that at most {@code slots} train
   * at a time.
   */
  private Outcome[] race(
      double[][] losses, int slots, int cores, AtomicBoolean deadline, Runnable atFirstReport)
      throws InterruptedException {
    int n = losses.length;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add("t" + i);
    }
    Halving halving = new Halving(names, 3, slots, cores, deadline::get, context);
    AtomicInteger training = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger reports = new AtomicInteger();
    Outcome[] outcomes = new Outcome[n];
    Thread[] threads = new Thread[n];
    for (int i = 0; i < n; i++) {
      int trial = i;
      threads[i] =
          new Thread(
              () -> {
                RungGate gate = halving.gate(trial);
                int passed = 0;
                List<Integer> threadsSeen = new ArrayList<>();
                boolean started = halving.awaitStart(trial);
                try {
                  if (!started) {
                    return;
                  }
                  for (int rung = 0; rung < losses[trial].length; rung++) {
                    threadsSeen.add(gate.threads());
                    most.accumulateAndGet(training.incrementAndGet(), Math::max);
                    sleep(20); // "training"
                    training.decrementAndGet();
                    if (reports.getAndIncrement() == 0) {
                      atFirstReport.run();
                    }
                    if (!gate.reached(rung, losses[trial][rung])) {
                      break;
                    }
                    passed++;
                  }
                } finally {
                  outcomes[trial] = new Outcome(started, passed, threadsSeen);
                  gate.ended();
                }
              });
      threads[i].start();
    }
    for (Thread thread : threads) {
      thread.join(10_000);
      assertThat(thread.isAlive()).as("a trial is stuck").isFalse();
    }
    mostAtOnce = most.get();
    assertThat(mostAtOnce).as("trials that trained at the same time").isLessThanOrEqualTo(slots);
    return outcomes;
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void trialsShareTheCoresAndTheSurvivorTakesThemAll() throws InterruptedException {
    double[][] losses = {{0.9, 0.8}, {0.5, 0.4}, {0.6, 0.5}};
    Outcome[] outcomes = race(losses, 2, 2, new AtomicBoolean(), () -> {});
    assertThat(mostAtOnce).as("two trained at once").isEqualTo(2);
    // Rung 0: three trials on two cores, one thread each; the best third (t1) goes on alone.
    assertThat(outcomes[0].threads()).containsExactly(1);
    assertThat(outcomes[2].threads()).containsExactly(1);
    assertThat(outcomes[1].threads()).containsExactly(1, 2);
    assertThat(outcomes[1].rungsPassed()).isEqualTo(2);
    assertThat(outcomes[0].rungsPassed()).isZero();
    assertThat(outcomes[2].rungsPassed()).isZero();
  }

  @Test
  void onlyTheBestThirdGoesOnAtEachRung() throws InterruptedException {
    double[][] losses = {
      {0.9, 0.8, 0.7}, {0.5, 0.4, 0.3}, {0.6, 0.5, 0.4}, {0.7, 0.1, 0.1}, {0.4, 0.6, 0.9}
    };
    Outcome[] outcomes = race(losses, new AtomicBoolean(), () -> {});
    // Rung 0: losses 0.9, 0.5, 0.6, 0.7, 0.4; the best ceil(5/3) = 2 go on: t4 and t1.
    assertThat(outcomes[0].rungsPassed()).isZero();
    assertThat(outcomes[2].rungsPassed()).isZero();
    assertThat(outcomes[3].rungsPassed()).isZero();
    // Rung 1: t1 0.4 against t4 0.6, one goes on and trains to its own end.
    assertThat(outcomes[1].rungsPassed()).isEqualTo(3);
    assertThat(outcomes[4].rungsPassed()).isEqualTo(1);
    List<String> prunes =
        events.stream().filter(e -> "prune".equals(e.kind())).map(Event::trial).toList();
    assertThat(prunes).containsExactlyInAnyOrder("t0", "t2", "t3", "t4");
    Event t4 =
        events.stream()
            .filter(e -> "t4".equals(e.trial()) && "prune".equals(e.kind()))
            .findFirst()
            .orElseThrow();
    assertThat(t4.rule()).isEqualTo("successive-halving");
    assertThat(t4.evidence()).containsEntry("rung", 1).containsEntry("valid_loss", 0.6);
  }

  @Test
  void aTrialThatEndsByItselfLeavesTheOthersToRace() throws InterruptedException {
    // t0 ends before its first rung (early stopping, or a failure), the two others race on.
    double[][] losses = {{}, {0.5, 0.5}, {0.3, 0.2}};
    Outcome[] outcomes = race(losses, new AtomicBoolean(), () -> {});
    assertThat(outcomes[0].started()).isTrue();
    assertThat(outcomes[1].rungsPassed()).isZero();
    assertThat(outcomes[2].rungsPassed()).isEqualTo(2);
  }

  @Test
  void whenTheBudgetIsSpentTheWaitingTrialsStopAndTheLaterOnesNeverStart()
      throws InterruptedException {
    AtomicBoolean deadline = new AtomicBoolean();
    double[][] losses = {{0.5, 0.4}, {0.6, 0.5}, {0.7, 0.6}};
    Outcome[] outcomes = race(losses, deadline, () -> deadline.set(true));
    assertThat(outcomes[0].started()).isTrue();
    assertThat(outcomes[0].rungsPassed()).isZero();
    assertThat(outcomes[1].started()).isFalse();
    assertThat(outcomes[2].started()).isFalse();
    assertThat(events).extracting(Event::rule).doesNotContain("successive-halving");
  }
}
