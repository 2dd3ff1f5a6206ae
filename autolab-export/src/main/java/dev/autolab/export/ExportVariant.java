package dev.autolab.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * One row of {@code exports.json}: a variant's file and what was measured on it. A variant that was
 * not built has no file and says why in {@code note}.
 *
 * @param metric test metrics of this variant (whole test split)
 * @param metricDelta this variant's headline metric minus the source model's, in points (×100)
 * @param latencyMs p50 and p95 of single-row runs, ms
 * @param throughput rows per second at batch 32
 * @param peakMemoryMb peak resident memory of the process while the variant loaded and ran
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "name",
  "format",
  "precision",
  "file",
  "bytes",
  "metric",
  "metric_delta",
  "latency_ms",
  "throughput",
  "peak_memory_mb",
  "parity",
  "note"
})
public record ExportVariant(
    String name,
    String format,
    String precision,
    String file,
    Long bytes,
    Map<String, Double> metric,
    @JsonProperty("metric_delta") Double metricDelta,
    @JsonProperty("latency_ms") Map<String, Double> latencyMs,
    Double throughput,
    @JsonProperty("peak_memory_mb") Double peakMemoryMb,
    Parity parity,
    String note) {

  static ExportVariant skipped(String name, String precision, String why) {
    return new ExportVariant(
        name, "onnx", precision, null, null, null, null, null, null, null, null, why);
  }
}
