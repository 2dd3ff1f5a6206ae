package dev.autolab.eval;

import dev.autolab.core.Task;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A metric a model can be selected on (the {@code --metric} option). */
public enum Metric {
  ACCURACY(Task.CLASSIFICATION, true),
  MACRO_F1(Task.CLASSIFICATION, true),
  WEIGHTED_F1(Task.CLASSIFICATION, true),
  LOG_LOSS(Task.CLASSIFICATION, false),
  RMSE(Task.REGRESSION, false),
  MAE(Task.REGRESSION, false),
  R2(Task.REGRESSION, true);

  private final Task task;
  private final boolean higherIsBetter;

  Metric(Task task, boolean higherIsBetter) {
    this.task = task;
    this.higherIsBetter = higherIsBetter;
  }

  /** The name used on the command line and in {@code evaluation.json}, e.g. {@code macro_f1}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean higherIsBetter() {
    return higherIsBetter;
  }

  /** The task this metric applies to. */
  public Task task() {
    return task;
  }

  /** Whether {@code candidate} is strictly better than {@code incumbent}; NaN is never better. */
  public boolean isBetter(double candidate, double incumbent) {
    if (Double.isNaN(candidate)) {
      return false;
    }
    if (Double.isNaN(incumbent)) {
      return true;
    }
    return higherIsBetter ? candidate > incumbent : candidate < incumbent;
  }

  /** Parses {@link #id()}; the error lists the valid names. */
  public static Metric parse(String id) {
    for (Metric metric : values()) {
      if (metric.id().equalsIgnoreCase(id.trim())) {
        return metric;
      }
    }
    throw new IllegalArgumentException(
        "unknown metric '"
            + id
            + "': use one of "
            + Arrays.stream(values()).map(Metric::id).collect(Collectors.joining(", ")));
  }

  /** Macro-F1 for classification (every class counts the same), RMSE for regression. */
  public static Metric defaultFor(Task task) {
    return task == Task.CLASSIFICATION ? MACRO_F1 : RMSE;
  }
}
