package dev.autolab.train.plan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The machine a plan is made for: what the machine rule reads to size batches and to split the
 * cores between trials that run at the same time.
 *
 * @param cores processors the JVM may use
 * @param memoryBytes the heap the JVM may grow to
 * @param gpu whether an NVIDIA GPU is visible
 */
public record Machine(int cores, long memoryBytes, boolean gpu) {
  /**
   * Threads a trial needs at least. One: the small networks of tabular and text data train faster
   * on one thread than on two (the benchmark MLP 1.3 times), and on two cores XGBoost beside a
   * network fitted seattle-weather in 1.3 s on one thread, 10.3 s on two fighting the network.
   */
  static final int MIN_THREADS_PER_TRIAL = 1;

  /** The heap one neural trial needs at the default batch size, by experience on the benchmarks. */
  static final long HEAP_PER_NEURAL_TRIAL = 1L << 30;

  public Machine {
    if (cores < 1) {
      throw new IllegalArgumentException("cores must be positive: " + cores);
    }
  }

  /** This JVM's machine. */
  public static Machine detect() {
    Runtime runtime = Runtime.getRuntime();
    boolean gpu = Files.exists(Path.of("/proc/driver/nvidia/gpus"));
    return new Machine(runtime.availableProcessors(), runtime.maxMemory(), gpu);
  }

  /**
   * How many of {@code candidates} trials run at once: one per {@link #MIN_THREADS_PER_TRIAL}
   * cores, never more than there are candidates, at least one.
   */
  public int parallelTrials(int candidates) {
    return parallelTrials(candidates, MIN_THREADS_PER_TRIAL);
  }

  /**
   * How many of {@code candidates} trials run at once when each needs {@code threadsEach} threads
   * ({@link Integer#MAX_VALUE}: the whole machine), at least one.
   */
  public int parallelTrials(int candidates, int threadsEach) {
    int wanted = Math.max(MIN_THREADS_PER_TRIAL, threadsEach);
    return Math.max(1, Math.min(candidates, cores / wanted));
  }

  /** The threads each of {@code parallel} concurrent trials may use, so they don't fight. */
  public int threadsPerTrial(int parallel) {
    return Math.max(1, cores / Math.max(1, parallel));
  }

  /**
   * XGBoost's threads out of a trial's {@code share}: one core fewer than the machine at most.
   * XGBoost waits for all its threads at every parallel step, and when the JVM's own threads (the
   * collector, the compiler) take one of its cores, each step waits for that thread to be scheduled
   * again. On two cores, two threads fitted a 1,000-row table in 7.0-7.3 s against 1.6-1.7 s on
   * one, 10,000 rows in 16.3 s against 6.7-6.8 s, 100,000 rows in the same 45 s ({@code
   * bench/xgb_threads.sh}).
   */
  public int xgboostThreads(int share) {
    return Math.max(1, Math.min(share, cores - 1));
  }

  /** One line for people, e.g. {@code 16 cores, 7.8 GiB heap, GPU}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "%d cores, %.1f GiB heap, %s",
        cores,
        memoryBytes / (double) (1L << 30),
        gpu ? "GPU" : "no GPU");
  }
}
