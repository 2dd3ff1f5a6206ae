package dev.autolab.train.ensemble;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.Metric;
import dev.autolab.train.Prediction;
import dev.autolab.train.Validation;
import java.util.List;

/**
 * Greedy ensemble selection with replacement (Caruana et al., "Ensemble Selection from Libraries of
 * Models", ICML 2004), the way AutoGluon builds its weighted ensemble: start empty, and at each of
 * {@link #STEPS} steps add the member whose addition scores best on validation (a member may be
 * added again, which raises its weight); the weights are the counts of the best-scoring prefix of
 * those steps, so adding steps never makes the chosen blend worse on validation. Ties go to the
 * earlier member and the shorter prefix, which keeps blends small.
 *
 * <p>Written here rather than taken from a library: the implementations found are Python's
 * (auto-sklearn, AutoGluon) and R's (medley), none for the JVM, and it is a few lines over the
 * metrics Autolab already computes.
 */
public final class EnsembleSelection {
  /**
   * Steps of selection: weights in twenty-fifths, fine enough for the handful of trials a race has
   * (auto-sklearn defaults to 50 steps over libraries of hundreds of models).
   */
  public static final int STEPS = 25;

  private EnsembleSelection() {}

  /**
   * The selection's outcome.
   *
   * @param weights one per member, summing to 1 (0 for a member never picked)
   * @param validScore the blend's score on validation
   */
  public record Selection(double[] weights, double validScore) {
    /** How many members have a weight above 0. */
    public int used() {
      int n = 0;
      for (double w : weights) {
        if (w > 0) {
          n++;
        }
      }
      return n;
    }
  }

  /**
   * @param answers each member's predictions on {@code valid}, in row order
   * @param valid the validation rows, with their targets
   */
  public static Selection select(
      DatasetSchema schema, List<Row> valid, List<List<Prediction>> answers, Metric metric) {
    int members = answers.size();
    int[] counts = new int[members];
    int[] bestCounts = null;
    double bestScore = Double.NaN;
    for (int step = 1; step <= STEPS; step++) {
      int pick = -1;
      double pickScore = Double.NaN;
      for (int m = 0; m < members; m++) {
        counts[m]++;
        double score = score(schema, valid, answers, counts, step, metric);
        counts[m]--;
        if (pick < 0 || metric.isBetter(score, pickScore)) {
          pick = m;
          pickScore = score;
        }
      }
      counts[pick]++;
      if (bestCounts == null || metric.isBetter(pickScore, bestScore)) {
        bestCounts = counts.clone();
        bestScore = pickScore;
      }
    }
    return new Selection(weights(bestCounts), bestScore);
  }

  private static double score(
      DatasetSchema schema,
      List<Row> valid,
      List<List<Prediction>> answers,
      int[] counts,
      int total,
      Metric metric) {
    double[] w = new double[counts.length];
    for (int m = 0; m < w.length; m++) {
      w[m] = (double) counts[m] / total;
    }
    return Validation.metrics(schema, valid, Blend.of(schema, answers, w)).value(metric);
  }

  private static double[] weights(int[] counts) {
    int total = 0;
    for (int c : counts) {
      total += c;
    }
    double[] w = new double[counts.length];
    for (int m = 0; m < w.length; m++) {
      w[m] = (double) counts[m] / total;
    }
    return w;
  }
}
