package dev.autolab.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * Classification metrics on one split, serialised with the names of the {@code evaluation.json}
 * contract.
 */
@JsonPropertyOrder({"accuracy", "macro_f1", "weighted_f1", "log_loss", "per_class", "confusion"})
public record ClassificationMetrics(
    double accuracy,
    @JsonProperty("macro_f1") double macroF1,
    @JsonProperty("weighted_f1") double weightedF1,
    @JsonProperty("log_loss") double logLoss,
    @JsonProperty("per_class") Map<String, ClassMetrics> perClass,
    Confusion confusion)
    implements Metrics {

  @Override
  public double value(Metric metric) {
    return switch (metric) {
      case ACCURACY -> accuracy;
      case MACRO_F1 -> macroF1;
      case WEIGHTED_F1 -> weightedF1;
      case LOG_LOSS -> logLoss;
      default ->
          throw new IllegalArgumentException(
              metric.id() + " is a regression metric; this is a classification task");
    };
  }
}
