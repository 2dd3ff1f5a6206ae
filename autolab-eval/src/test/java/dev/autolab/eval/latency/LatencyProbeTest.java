package dev.autolab.eval.latency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import dev.autolab.eval.Scorer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LatencyProbeTest {
  @Test
  void nearestRankQuantiles() {
    double[] sorted = new double[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(LatencyProbe.quantile(sorted, 0.50)).isEqualTo(50);
    assertThat(LatencyProbe.quantile(sorted, 0.95)).isEqualTo(95);
    assertThat(LatencyProbe.quantile(sorted, 0.99)).isEqualTo(99);
  }

  @Test
  void measuresEverySettingAndLoadsTheModelOnceForTheColdStart() {
    AtomicInteger loads = new AtomicInteger();
    AtomicInteger rowsScored = new AtomicInteger();
    Scorer scorer =
        rows -> {
          rowsScored.addAndGet(rows.size());
          return new double[rows.size()][2];
        };
    List<Row> rows = List.of(new Row("t", 1, Map.of("x", "1")), new Row("t", 2, Map.of("x", "2")));
    LatencyReport report =
        LatencyProbe.measure(
            () -> {
              loads.incrementAndGet();
              return scorer;
            },
            rows,
            1234);
    assertThat(loads).hasValue(1);
    assertThat(report.modelBytes()).isEqualTo(1234);
    assertThat(report.oneThread().threads()).isEqualTo(1);
    assertThat(report.allThreads().samplesMs()).hasSize(LatencyProbe.SAMPLES);
    assertThat(report.allThreads().p50Ms()).isLessThanOrEqualTo(report.allThreads().p99Ms());
    int perRun =
        LatencyProbe.WARM_UP + LatencyProbe.SAMPLES + LatencyProbe.BATCH * LatencyProbe.BATCHES;
    int callers = report.allThreads().threads();
    assertThat(rowsScored.get())
        .isEqualTo(1 + perRun + (callers - 1) * LatencyProbe.BATCH * LatencyProbe.BATCHES + perRun);
  }

  @Test
  void aSlowModelIsMeasuredUntilEachPhasesTimeLimitButNeverOnFewerThanTheMinimum() {
    AtomicInteger calls = new AtomicInteger();
    Scorer slow =
        batch -> {
          calls.incrementAndGet();
          try {
            Thread.sleep(5);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          return batch.stream().map(r -> new double[] {1.0}).toArray(double[][]::new);
        };
    List<Row> rows = List.of(new Row("t", 1, Map.of("x", "1")));

    LatencyReport report = LatencyProbe.measure(() -> slow, rows, 10, Duration.ofMillis(30));

    assertThat(report.allThreads().samplesMs()).hasSize(LatencyProbe.MIN_SAMPLES);
    assertThat(report.oneThread().samplesMs()).hasSize(LatencyProbe.MIN_SAMPLES);
    assertThat(report.oneThread().throughputBatch32()).isPositive();
    assertThat(calls.get()).isLessThan(2 * (LatencyProbe.WARM_UP + LatencyProbe.SAMPLES));
  }
}
