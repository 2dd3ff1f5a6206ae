package dev.autolab.eval.latency;

import dev.autolab.core.Row;
import dev.autolab.eval.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Measures a model's speed: a cold start, single-row latencies after a warm-up, and batch
 * throughput. Throughput is measured with one caller per available processor and again with a
 * single caller, the stand-in for a small device; single-row latency always has one caller. A
 * model's own native thread pool (XGBoost's OpenMP) is not limited by this.
 */
public final class LatencyProbe {
  /** Single-row calls before timing starts, so the JIT has compiled the hot path. */
  static final int WARM_UP = 20;

  static final int SAMPLES = 200;
  static final int BATCH = 32;
  static final int BATCHES = 20;

  /**
   * Each phase (warm-up, single-row samples, batches) stops here once it has its minimum count
   * ({@link #MIN_COUNT}, or {@link #MIN_SAMPLES} single-row samples): a transformer encoder takes a
   * tenth of a second per long text on two cores, and the full counts would take minutes per thread
   * setting. Fast models never reach it.
   */
  static final Duration PHASE_LIMIT = Duration.ofSeconds(20);

  static final int MIN_COUNT = 3;

  /** Single-row samples taken whatever the time, so that p95 still means something. */
  static final int MIN_SAMPLES = 20;

  private LatencyProbe() {}

  /**
   * @param loader reads the model from its files (timed as the cold start)
   * @param rows example inputs, cycled through
   * @param modelBytes the model files' size
   */
  public static LatencyReport measure(Supplier<Scorer> loader, List<Row> rows, long modelBytes) {
    return measure(loader, rows, modelBytes, PHASE_LIMIT);
  }

  static LatencyReport measure(
      Supplier<Scorer> loader, List<Row> rows, long modelBytes, Duration phaseLimit) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("latency needs at least one example row");
    }
    List<MemoryPoolMXBean> heap = heapPools();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Scorer scorer = loader.get();
    scorer.score(rows.subList(0, 1));
    double coldStartMs = (System.nanoTime() - start) / 1e6;
    LatencyRun all = run(scorer, rows, Runtime.getRuntime().availableProcessors(), phaseLimit);
    LatencyRun one = oneThread(scorer, rows, phaseLimit);
    double peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
    return new LatencyReport(
        coldStartMs, modelBytes, peakMb, all, one, Runtime.getRuntime().availableProcessors());
  }

  private static LatencyRun oneThread(Scorer scorer, List<Row> rows, Duration phaseLimit) {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      return single.submit(() -> run(scorer, rows, 1, phaseLimit)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("latency measurement interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("latency measurement failed: " + e.getCause(), e.getCause());
    } finally {
      single.shutdown();
    }
  }

  private static LatencyRun run(Scorer scorer, List<Row> rows, int threads, Duration phaseLimit) {
    long warmUpEnds = System.nanoTime() + phaseLimit.toNanos();
    for (int i = 0; i < WARM_UP && (i < MIN_COUNT || System.nanoTime() < warmUpEnds); i++) {
      scorer.score(List.of(rows.get(i % rows.size())));
    }
    double[] ms = new double[SAMPLES];
    int taken = 0;
    long samplingEnds = System.nanoTime() + phaseLimit.toNanos();
    while (taken < SAMPLES && (taken < MIN_SAMPLES || System.nanoTime() < samplingEnds)) {
      List<Row> one = List.of(rows.get(taken % rows.size()));
      long t = System.nanoTime();
      scorer.score(one);
      ms[taken++] = (System.nanoTime() - t) / 1e6;
    }
    ms = Arrays.copyOf(ms, taken);
    List<Row> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(rows.get(i % rows.size()));
    }
    Throughput throughput = throughput(scorer, batch, threads, phaseLimit);
    List<Double> samples = Arrays.stream(ms).boxed().toList();
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new LatencyRun(
        threads,
        taken,
        quantile(sorted, 0.50),
        quantile(sorted, 0.95),
        quantile(sorted, 0.99),
        BATCH * throughput.batches() / throughput.seconds(),
        samples);
  }

  /** Batches each caller predicted, and the seconds per caller they took. */
  private record Throughput(int batches, double seconds) {}

  /**
   * Rows per second when {@code threads} callers predict batches at once, each up to {@link
   * #BATCHES} batches or until the phase's time limit (at least {@link #MIN_COUNT} batches): how
   * many rows a server with that many workers gets through.
   */
  private static Throughput throughput(
      Scorer scorer, List<Row> batch, int threads, Duration phaseLimit) {
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<Integer>> done = new ArrayList<>();
      long t = System.nanoTime();
      long ends = t + phaseLimit.toNanos();
      for (int c = 0; c < threads; c++) {
        done.add(
            callers.submit(
                () -> {
                  int b = 0;
                  while (b < BATCHES && (b < MIN_COUNT || System.nanoTime() < ends)) {
                    scorer.score(batch);
                    b++;
                  }
                  return b;
                }));
      }
      int batches = 0;
      for (java.util.concurrent.Future<Integer> future : done) {
        batches += future.get();
      }
      double seconds = (System.nanoTime() - t) / 1e9;
      return new Throughput(batches, seconds);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("latency measurement interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("latency measurement failed: " + e.getCause(), e.getCause());
    } finally {
      callers.shutdown();
    }
  }

  /** The nearest-rank quantile. */
  static double quantile(double[] sorted, double q) {
    int rank = (int) Math.ceil(q * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }
}
