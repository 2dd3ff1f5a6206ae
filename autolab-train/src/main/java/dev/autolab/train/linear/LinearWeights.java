package dev.autolab.train.linear;

import dev.autolab.train.features.SparseVector;

/**
 * The coefficients of a linear model: one row of weights and one intercept per output. A binary
 * classifier has a single row whose score {@code s} stands for the first class and {@code -s} for
 * the second (liblinear's convention); a regressor has a single row whose score is the value.
 *
 * @param rows weights, {@code rows[k][j]} for output {@code k} and feature {@code j}
 * @param intercepts one per row
 */
public record LinearWeights(double[][] rows, double[] intercepts) {
  public LinearWeights {
    if (rows.length == 0 || rows.length != intercepts.length) {
      throw new IllegalArgumentException("need one intercept per row, at least one row");
    }
  }

  /** The number of features. */
  public int features() {
    return rows[0].length;
  }

  /**
   * The decision value of each class for a classifier of {@code classes} classes (binary rows
   * expanded to {@code [s, -s]}), or the one value of a regressor.
   */
  public double[] scores(SparseVector x, int classes) {
    if (rows.length == 1 && classes == 2) {
      double s = dot(0, x);
      return new double[] {s, -s};
    }
    double[] scores = new double[rows.length];
    for (int k = 0; k < rows.length; k++) {
      scores[k] = dot(k, x);
    }
    return scores;
  }

  private double dot(int row, SparseVector x) {
    double[] w = rows[row];
    int[] indices = x.indices();
    double[] values = x.values();
    double sum = intercepts[row];
    for (int i = 0; i < indices.length; i++) {
      // Columns unseen when fitting (not possible for the vectorizers here) would weigh nothing.
      if (indices[i] < w.length) {
        sum += w[indices[i]] * values[i];
      }
    }
    return sum;
  }
}
