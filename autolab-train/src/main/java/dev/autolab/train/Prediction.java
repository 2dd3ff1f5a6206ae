package dev.autolab.train;

import java.util.List;

/**
 * A model's answer for one row.
 *
 * @param label the predicted class (the most probable one); {@code null} for regression
 * @param probabilities one per class in {@code schema.classes()} order, summing to 1; {@code null}
 *     for regression
 * @param value the predicted number for regression; {@code NaN} for classification
 */
public record Prediction(String label, double[] probabilities, double value) {

  /** A classification answer: the most probable class (the first one on ties) and the vector. */
  public static Prediction ofClass(List<String> classes, double[] probabilities) {
    int best = 0;
    for (int k = 1; k < probabilities.length; k++) {
      if (probabilities[k] > probabilities[best]) {
        best = k;
      }
    }
    return new Prediction(classes.get(best), probabilities, Double.NaN);
  }

  /** A regression answer. */
  public static Prediction ofValue(double value) {
    return new Prediction(null, null, value);
  }
}
