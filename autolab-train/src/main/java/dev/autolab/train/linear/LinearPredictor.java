package dev.autolab.train.linear;

import dev.autolab.train.features.SparseVector;
import dev.autolab.train.model.ArrayFile;

/**
 * A fitted linear model ready to predict: weights, the softmax temperature that turns class scores
 * into probabilities, and for regression the target's scaling. Saved as arrays of raw doubles, so a
 * loaded predictor computes exactly the same numbers.
 *
 * @param weights one row per output (see {@link LinearWeights})
 * @param temperature the softmax scale for classification (see {@link Temperature})
 * @param classes the number of classes; 0 for regression
 * @param targetMean regression predictions are {@code targetMean + targetScale * score}
 * @param targetScale see {@code targetMean}
 */
public record LinearPredictor(
    LinearWeights weights, double temperature, int classes, double targetMean, double targetScale) {

  /** A classifier. */
  public static LinearPredictor classifier(LinearWeights weights, double temperature, int classes) {
    return new LinearPredictor(weights, temperature, classes, 0, 1);
  }

  /** The class scores (decision values) of one row. */
  public double[] scores(SparseVector x) {
    return weights.scores(x, classes);
  }

  /** The class probabilities of one row, summing to 1. */
  public double[] probabilities(SparseVector x) {
    return Temperature.probabilities(scores(x), temperature);
  }

  /** The regression prediction for one row. */
  public double value(SparseVector x) {
    return targetMean + targetScale * weights.scores(x, 0)[0];
  }

  /** Adds this predictor's arrays to {@code file}. */
  public void store(ArrayFile file) {
    double[][] rows = weights.rows();
    file.put("meta", new double[] {temperature, classes, targetMean, targetScale, rows.length});
    file.put("intercepts", weights.intercepts());
    for (int k = 0; k < rows.length; k++) {
      file.put("weights." + k, rows[k]);
    }
  }

  /** Reads a predictor stored by {@link #store}. */
  public static LinearPredictor load(ArrayFile file) {
    double[] meta = file.doubles("meta");
    double[][] rows = new double[(int) meta[4]][];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = file.doubles("weights." + k);
    }
    return new LinearPredictor(
        new LinearWeights(rows, file.doubles("intercepts")),
        meta[0],
        (int) meta[1],
        meta[2],
        meta[3]);
  }
}
