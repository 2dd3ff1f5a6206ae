package dev.autolab.cli.train;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Evaluation;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metrics;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scores a model's predictions on labelled rows. */
public final class ModelScorer {
  private ModelScorer() {}

  /** Predicts {@code rows} with {@code model} and evaluates against their target values. */
  public static Evaluation evaluate(
      TrainedModel model, List<Row> rows, String split, EventSink journal, Clock clock) {
    List<Row> labelled = labelled(model.schema(), rows);
    Metrics metrics = score(model.schema(), labelled, model.predict(labelled));
    if (labelled.size() < rows.size()) {
      journal.record(
          Event.of(
              clock,
              "evaluation",
              "note",
              null,
              Map.of("rows", rows.size(), "scored", labelled.size()),
              (rows.size() - labelled.size()) + " rows have no usable target and were not scored"));
    }
    return Evaluation.of(model.schema().task(), split, labelled.size(), model.family(), metrics);
  }

  /** The rows whose target is present and usable (a known class, or a number). */
  public static List<Row> labelled(DatasetSchema schema, List<Row> rows) {
    List<Row> labelled = new ArrayList<>();
    for (Row row : rows) {
      String target = row.get(schema.target());
      if (target != null && usable(schema, target)) {
        labelled.add(row);
      }
    }
    return labelled;
  }

  private static boolean usable(DatasetSchema schema, String target) {
    if (schema.task() == Task.CLASSIFICATION) {
      return schema.classIndex(target) >= 0;
    }
    try {
      return Double.isFinite(Double.parseDouble(target.trim()));
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** Metrics of predictions for labelled rows (see {@link #labelled}). */
  public static Metrics score(DatasetSchema schema, List<Row> rows, List<Prediction> predictions) {
    int n = rows.size();
    if (schema.task() == Task.CLASSIFICATION) {
      int[] actual = new int[n];
      double[][] probabilities = new double[n][];
      for (int i = 0; i < n; i++) {
        actual[i] = schema.classIndex(rows.get(i).get(schema.target()));
        probabilities[i] = predictions.get(i).probabilities();
      }
      return Evaluator.classification(schema.classes(), actual, probabilities);
    }
    double[] actual = new double[n];
    double[] predicted = new double[n];
    for (int i = 0; i < n; i++) {
      actual[i] = Double.parseDouble(rows.get(i).get(schema.target()).trim());
      predicted[i] = predictions.get(i).value();
    }
    return Evaluator.regression(actual, predicted);
  }
}
