package dev.autolab.neural.loop;

import java.util.Arrays;
import java.util.function.IntConsumer;

/**
 * Chooses the engine's intra-op thread count from the run's own first steps: {@link #STEPS} steps
 * are timed at the configured count and {@link #STEPS} at one thread, and the faster is kept for
 * the rest of the run (and for what the process runs after it).
 *
 * <p>Why measure rather than fix a count: each parallel operator wakes the engine's OpenMP threads,
 * which sleep between operators on a shared machine ({@code OMP_WAIT_POLICY=PASSIVE}); for a small
 * network the wake-ups cost more than the second core gives (the benchmark MLP trained 1.3x faster
 * on one thread than on two), while a convolutional network's large operators gain from every core.
 * Which side a network falls on depends on its layers, its batch and the machine, so the run times
 * both.
 */
final class ThreadTuner {
  /** Steps left alone first: the first ones pay for warm-up (allocation, compilation). */
  static final int WARMUP = 3;

  /** Steps timed per thread count. */
  static final int STEPS = 8;

  /** One thread must be at least this much faster (step time ratio) to be kept. */
  static final double MARGIN = 0.95;

  private final int configured;
  private final IntConsumer setThreads;
  private final long[] many = new long[STEPS];
  private final long[] one = new long[STEPS];
  private long seen;
  private int chosen;

  /**
   * @param configured the thread count the engine runs with
   * @param setThreads sets the engine's intra-op thread count
   */
  ThreadTuner(int configured, IntConsumer setThreads) {
    this.configured = configured;
    this.setThreads = setThreads;
    this.chosen = configured > 1 ? 0 : configured;
  }

  /** A training starts: measuring starts again, from the configured count. */
  void start() {
    setThreads.accept(configured);
    seen = 0;
    chosen = configured > 1 ? 0 : configured;
  }

  /** The count kept, or 0 while still measuring. */
  int chosen() {
    return chosen;
  }

  /** Takes the wall time of one finished step. */
  void stepTook(long nanos) {
    if (chosen != 0) {
      return;
    }
    long i = seen++ - WARMUP;
    if (i < 0) {
      return;
    }
    if (i < STEPS) {
      many[(int) i] = nanos;
      if (i == STEPS - 1) {
        setThreads.accept(1);
      }
    } else if (i >= STEPS + 1 && i < 2 * STEPS + 1) { // one step to settle at one thread
      one[(int) (i - STEPS - 1)] = nanos;
      if (i == 2 * STEPS) {
        chosen = median(one) < MARGIN * median(many) ? 1 : configured;
        if (chosen != 1) {
          setThreads.accept(configured);
        }
      }
    }
  }

  /** Ends measuring early (the run stopped): back to the configured count. */
  void abandon() {
    if (chosen == 0) {
      setThreads.accept(configured);
      chosen = configured;
    }
  }

  private static long median(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
