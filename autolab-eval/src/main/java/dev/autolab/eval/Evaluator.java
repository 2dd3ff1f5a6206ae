package dev.autolab.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Computes the metrics of predictions against the truth. */
public final class Evaluator {
  /**
   * Probabilities are clipped to this floor before the logarithm, as scikit-learn's {@code
   * log_loss} did for years, so one confident mistake costs about 34.5 nats instead of infinity.
   */
  public static final double LOG_LOSS_EPSILON = 1e-15;

  private Evaluator() {}

  /**
   * Classification metrics.
   *
   * @param classes the class labels; indices refer to this list
   * @param actual the true class index of each example
   * @param probabilities each example's class probabilities; the prediction is the arg-max (the
   *     first class on ties)
   */
  public static ClassificationMetrics classification(
      List<String> classes, int[] actual, double[][] probabilities) {
    int k = classes.size();
    if (actual.length != probabilities.length) {
      throw new IllegalArgumentException(
          actual.length + " labels but " + probabilities.length + " predictions");
    }
    int[][] confusion = new int[k][k];
    double logLoss = 0;
    for (int i = 0; i < actual.length; i++) {
      double[] p = probabilities[i];
      if (actual[i] < 0 || actual[i] >= k || p.length != k) {
        throw new IllegalArgumentException("example " + i + " does not fit the " + k + " classes");
      }
      confusion[actual[i]][argMax(p)]++;
      logLoss -= Math.log(Math.max(p[actual[i]], LOG_LOSS_EPSILON));
    }
    return summarize(classes, confusion, actual.length, logLoss / Math.max(1, actual.length));
  }

  private static ClassificationMetrics summarize(
      List<String> classes, int[][] confusion, int n, double logLoss) {
    int k = classes.size();
    Map<String, ClassMetrics> perClass = new LinkedHashMap<>();
    double correct = 0;
    double macro = 0;
    double weighted = 0;
    for (int c = 0; c < k; c++) {
      int truePositive = confusion[c][c];
      int support = 0;
      int predicted = 0;
      for (int j = 0; j < k; j++) {
        support += confusion[c][j];
        predicted += confusion[j][c];
      }
      double precision = ratio(truePositive, predicted);
      double recall = ratio(truePositive, support);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      perClass.put(classes.get(c), new ClassMetrics(precision, recall, f1, support));
      correct += truePositive;
      macro += f1;
      weighted += f1 * support;
    }
    return new ClassificationMetrics(
        ratio(correct, n),
        macro / k,
        ratio(weighted, n),
        logLoss,
        perClass,
        new Confusion(classes, confusion));
  }

  /** Regression metrics: RMSE, MAE and R² (1 - SSE/SST; 0 when the truth is constant). */
  public static RegressionMetrics regression(double[] actual, double[] predicted) {
    if (actual.length != predicted.length) {
      throw new IllegalArgumentException(
          actual.length + " targets but " + predicted.length + " predictions");
    }
    int n = actual.length;
    double mean = 0;
    for (double y : actual) {
      mean += y / Math.max(1, n);
    }
    double squared = 0;
    double absolute = 0;
    double total = 0;
    for (int i = 0; i < n; i++) {
      double error = predicted[i] - actual[i];
      squared += error * error;
      absolute += Math.abs(error);
      total += (actual[i] - mean) * (actual[i] - mean);
    }
    double r2 = total == 0 ? 0 : 1 - squared / total;
    return new RegressionMetrics(
        Math.sqrt(squared / Math.max(1, n)), absolute / Math.max(1, n), r2);
  }

  /** The index of the largest value; the first one on ties. */
  public static int argMax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  /** The accuracy of a confusion matrix ({@code [actual][predicted]} counts). */
  public static double accuracy(int[][] confusion) {
    long correct = 0;
    long n = 0;
    for (int a = 0; a < confusion.length; a++) {
      for (int p = 0; p < confusion.length; p++) {
        n += confusion[a][p];
        correct += a == p ? confusion[a][p] : 0;
      }
    }
    return ratio(correct, n);
  }

  /** The unweighted mean F1 over every class of a confusion matrix. */
  public static double macroF1(int[][] confusion) {
    return macroF1(confusion, false);
  }

  /**
   * The unweighted mean F1 of a confusion matrix.
   *
   * @param presentOnly average only over the classes that occur as truth or prediction, for subsets
   *     (slices) where the absent classes would count as zeros that say nothing
   */
  public static double macroF1(int[][] confusion, boolean presentOnly) {
    double sum = 0;
    int counted = 0;
    for (int c = 0; c < confusion.length; c++) {
      int support = 0;
      int predicted = 0;
      for (int j = 0; j < confusion.length; j++) {
        support += confusion[c][j];
        predicted += confusion[j][c];
      }
      if (presentOnly && support == 0 && predicted == 0) {
        continue;
      }
      double precision = ratio(confusion[c][c], predicted);
      double recall = ratio(confusion[c][c], support);
      sum += precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      counted++;
    }
    return ratio(sum, counted);
  }

  private static double ratio(double numerator, double denominator) {
    return denominator == 0 ? 0 : numerator / denominator;
  }
}
