package dev.autolab.export.run;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Latency of one graph in ONNX Runtime on this CPU: p50/p95 of single-row runs over probe rows, and
 * rows per second at batch 32. Inputs are made before the clock starts, so the figures are the
 * graph's alone (the same pre-processing precedes every variant).
 *
 * @param singleRuns timed single-row runs
 * @param batchRuns timed runs of 32 rows
 */
public record Timer(int singleRuns, int batchRuns) {
  /** Enough for a stable median while training; {@code autolab export} times longer. */
  public static final Timer QUICK = new Timer(30, 3);

  public static final Timer FULL = new Timer(200, 20);

  private static final int WARM_UP = 3;

  /** p50 and p95 in ms, and rows per second at batch 32. */
  public record Figures(double p50, double p95, double throughput) {}

  public Figures measure(OnnxSession session, List<Row> probe) {
    List<Map<String, OnnxTensor>> singles = new ArrayList<>();
    for (int i = 0; i < Math.min(probe.size(), singleRuns); i++) {
      singles.add(session.prepare(probe.subList(i, i + 1)));
    }
    List<Row> batchRows = new ArrayList<>();
    while (batchRows.size() < OnnxSession.BATCH) {
      batchRows.addAll(
          probe.subList(0, Math.min(probe.size(), OnnxSession.BATCH - batchRows.size())));
    }
    Map<String, OnnxTensor> batch = session.prepare(batchRows);
    try {
      for (int i = 0; i < WARM_UP; i++) {
        session.runPrepared(singles.get(0));
        session.runPrepared(batch);
      }
      double[] ms = new double[singleRuns];
      for (int i = 0; i < singleRuns; i++) {
        long t0 = System.nanoTime();
        session.runPrepared(singles.get(i % singles.size()));
        ms[i] = (System.nanoTime() - t0) / 1e6;
      }
      Arrays.sort(ms);
      long t0 = System.nanoTime();
      for (int i = 0; i < batchRuns; i++) {
        session.runPrepared(batch);
      }
      double seconds = (System.nanoTime() - t0) / 1e9;
      return new Figures(
          ms[(int) Math.floor(0.5 * (ms.length - 1))],
          ms[(int) Math.ceil(0.95 * (ms.length - 1))],
          batchRuns * OnnxSession.BATCH / seconds);
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed while timing: " + e.getMessage(), e);
    } finally {
      singles.forEach(m -> m.values().forEach(OnnxTensor::close));
      batch.values().forEach(OnnxTensor::close);
    }
  }
}
