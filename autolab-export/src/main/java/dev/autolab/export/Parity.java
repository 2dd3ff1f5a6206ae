package dev.autolab.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A variant against the source model. fp32 variants must match probabilities within {@link
 * #FP32_TOLERANCE} on the probe rows; quantized ones report how often they pick the same class.
 *
 * @param probeRows the first rows of the test split, the same for every variant
 * @param maxAbsDiff largest difference of a probability (or a regression value) on the probe rows
 * @param tolerance the bound an fp32 variant is held to; null for quantized variants
 * @param agreement share of test rows whose predicted class equals the source model's
 * @param passed whether an fp32 variant is within tolerance (quantized: always true)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"probe_rows", "max_abs_diff", "tolerance", "agreement", "passed"})
public record Parity(
    @JsonProperty("probe_rows") int probeRows,
    @JsonProperty("max_abs_diff") double maxAbsDiff,
    Double tolerance,
    Double agreement,
    boolean passed) {
  /** Float32 arithmetic against the trainers' double (linear) or float (networks) arithmetic. */
  public static final double FP32_TOLERANCE = 1e-4;
}
