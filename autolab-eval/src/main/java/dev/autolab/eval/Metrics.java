package dev.autolab.eval;

/** The metrics of one model on one split. */
public sealed interface Metrics permits ClassificationMetrics, RegressionMetrics {
  /**
   * The value of {@code metric}.
   *
   * @throws IllegalArgumentException when the metric belongs to the other task
   */
  double value(Metric metric);
}
