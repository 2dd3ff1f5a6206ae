package dev.autolab.eval.latency;

import dev.autolab.core.Row;
import dev.autolab.eval.Scorer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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

  private LatencyProbe() {}

  /**
   * @param loader reads the model from its files (timed as the cold start)
   * @param rows example inputs, cycled through
   * @param modelBytes the model files' size
   */
  public static LatencyReport measure(Supplier<Scorer> loader, List<Row> rows, long modelBytes) {
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("latency needs at least one example row");
    }
    List<MemoryPoolMXBean> heap = heapPools();
    heap.forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    Scorer scorer = loader.get();
    scorer.score(rows.subList(0, 1));
    double coldStartMs = (System.nanoTime() - start) / 1e6;
    LatencyRun all = run(scorer, rows, Runtime.getRuntime().availableProcessors());
    LatencyRun one = oneThread(scorer, rows);
    double peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() / 1048576.0;
    return new LatencyReport(
        coldStartMs, modelBytes, peakMb, all, one, Runtime.getRuntime().availableProcessors());
  }

  private static LatencyRun oneThread(Scorer scorer, List<Row> rows) {
    ExecutorService single = Executors.newSingleThreadExecutor();
    try {
      return single.submit(() -> run(scorer, rows, 1)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("latency measurement interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("latency measurement failed: " + e.getCause(), e.getCause());
    } finally {
      single.shutdown();
    }
  }

  private static LatencyRun run(Scorer scorer, List<Row> rows, int threads) {
    for (int i = 0; i < WARM_UP; i++) {
      scorer.score(List.of(rows.get(i % rows.size())));
    }
    double[] ms = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      List<Row> one = List.of(rows.get(i % rows.size()));
      long t = System.nanoTime();
      scorer.score(one);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    List<Row> batch = new ArrayList<>(BATCH);
    for (int i = 0; i < BATCH; i++) {
      batch.add(rows.get(i % rows.size()));
    }
    double seconds = throughputSeconds(scorer, batch, threads);
    List<Double> samples = Arrays.stream(ms).boxed().toList();
    double[] sorted = ms.clone();
    Arrays.sort(sorted);
    return new LatencyRun(
        threads,
        SAMPLES,
        quantile(sorted, 0.50),
        quantile(sorted, 0.95),
        quantile(sorted, 0.99),
        BATCH * BATCHES / seconds,
        samples);
  }

  /**
   * Seconds for {@code threads} callers to predict {@link #BATCHES} batches each, at once: how many
   * rows a server with that many workers gets through.
   */
  private static double throughputSeconds(Scorer scorer, List<Row> batch, int threads) {
    ExecutorService callers = Executors.newFixedThreadPool(threads);
    try {
      List<java.util.concurrent.Future<?>> done = new ArrayList<>();
      long t = System.nanoTime();
      for (int c = 0; c < threads; c++) {
        done.add(
            callers.submit(
                () -> {
                  for (int b = 0; b < BATCHES; b++) {
                    scorer.score(batch);
                  }
                }));
      }
      for (java.util.concurrent.Future<?> future : done) {
        future.get();
      }
      return (System.nanoTime() - t) / 1e9 / threads;
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
