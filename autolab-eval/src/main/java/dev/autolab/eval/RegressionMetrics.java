package dev.autolab.eval;

/** Regression metrics on one split. */
public record RegressionMetrics(double rmse, double mae, double r2) implements Metrics {
  @Override
  public double value(Metric metric) {
    return switch (metric) {
      case RMSE -> rmse;
      case MAE -> mae;
      case R2 -> r2;
      default ->
          throw new IllegalArgumentException(
              metric.id() + " is a classification metric; this is a regression task");
    };
  }
}
