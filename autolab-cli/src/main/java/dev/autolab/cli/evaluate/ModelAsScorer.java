package dev.autolab.cli.evaluate;

import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Scorer;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.util.List;

/** A trained model seen through the evaluation module's {@link Scorer}. */
final class ModelAsScorer implements Scorer {
  private final TrainedModel model;

  ModelAsScorer(TrainedModel model) {
    this.model = model;
  }

  @Override
  public double[][] score(List<Row> rows) {
    List<Prediction> predictions = model.predict(rows);
    double[][] scores = new double[predictions.size()][];
    boolean classes = model.schema().task() == Task.CLASSIFICATION;
    for (int i = 0; i < scores.length; i++) {
      Prediction p = predictions.get(i);
      scores[i] = classes ? p.probabilities() : new double[] {p.value()};
    }
    return scores;
  }
}
