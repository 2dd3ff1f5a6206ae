package dev.autolab.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.autolab.core.Task;
import java.util.Objects;

/**
 * The content of {@code evaluation.json}: a model's metrics on one split.
 *
 * @param schemaVersion format version
 * @param task classification or regression
 * @param split the split the metrics were computed on ({@code test} in a run)
 * @param n number of examples
 * @param model the family of the evaluated model
 * @param metrics the metrics
 */
@JsonPropertyOrder({"schemaVersion", "task", "split", "n", "model", "metrics"})
public record Evaluation(
    int schemaVersion, String task, String split, int n, String model, Metrics metrics) {
  public static final int SCHEMA_VERSION = 1;

  public Evaluation {
    Objects.requireNonNull(task, "task");
    Objects.requireNonNull(split, "split");
    Objects.requireNonNull(metrics, "metrics");
  }

  public static Evaluation of(Task task, String split, int n, String model, Metrics metrics) {
    return new Evaluation(SCHEMA_VERSION, task.id(), split, n, model, metrics);
  }
}
