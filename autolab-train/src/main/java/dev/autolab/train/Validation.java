package dev.autolab.train;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metrics;
import dev.autolab.train.features.Targets;
import java.util.List;

/** Scores predictions against the targets of the rows they were made for. */
public final class Validation {
  private Validation() {}

  /** The metrics of {@code predictions} on {@code rows} (same order). */
  public static Metrics metrics(
      DatasetSchema schema, List<Row> rows, List<Prediction> predictions) {
    if (schema.task() == Task.REGRESSION) {
      double[] predicted = predictions.stream().mapToDouble(Prediction::value).toArray();
      return Evaluator.regression(Targets.values(schema, rows), predicted);
    }
    double[][] probabilities =
        predictions.stream().map(Prediction::probabilities).toArray(double[][]::new);
    return Evaluator.classification(
        schema.classes(), Targets.classIndices(schema, rows), probabilities);
  }

  /** The metrics of {@code model} on {@code rows}. */
  public static Metrics metrics(TrainedModel model, List<Row> rows) {
    return metrics(model.schema(), rows, model.predict(rows));
  }
}
