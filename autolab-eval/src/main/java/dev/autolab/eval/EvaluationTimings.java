package dev.autolab.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Where an evaluation's time went.
 *
 * @param totalSeconds the whole evaluation
 * @param inferenceSeconds inside the model's predictions (clean, perturbed, attacked rows)
 * @param latencySeconds the latency measurement, which is nothing but timed predictions
 */
public record EvaluationTimings(
    @JsonProperty("total_s") double totalSeconds,
    @JsonProperty("inference_s") double inferenceSeconds,
    @JsonProperty("latency_s") double latencySeconds) {

  /** The evaluation's own cost: the total less inference and the latency measurement. */
  @JsonProperty("beyond_inference_s")
  public double beyondInferenceSeconds() {
    return totalSeconds - inferenceSeconds - latencySeconds;
  }
}
