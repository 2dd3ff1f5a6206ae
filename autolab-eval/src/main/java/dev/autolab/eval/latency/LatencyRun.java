package dev.autolab.eval.latency;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Latency measured in one threading setting.
 *
 * @param threads how many threads called the model (the model's own native pools aside)
 * @param samples single-row predictions timed
 * @param throughputBatch32 rows per second predicted in batches of 32
 * @param samplesMs every single-row latency, for the histogram
 */
public record LatencyRun(
    int threads,
    int samples,
    @JsonProperty("p50_ms") double p50Ms,
    @JsonProperty("p95_ms") double p95Ms,
    @JsonProperty("p99_ms") double p99Ms,
    @JsonProperty("throughput_batch32") double throughputBatch32,
    @JsonProperty("samples_ms") List<Double> samplesMs) {
  public LatencyRun {
    samplesMs = List.copyOf(samplesMs);
  }
}
