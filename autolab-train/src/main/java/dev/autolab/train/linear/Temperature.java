package dev.autolab.train.linear;

import java.util.Arrays;

/**
 * Turns decision values into probabilities with a softmax at a fitted temperature: {@code p_k ∝
 * exp(a * s_k)}. For an SVM, whose scores are no probabilities at all, {@code a} is fitted by
 * minimising the log-loss on the validation split (temperature scaling, Guo et al. 2017; with two
 * classes this is Platt scaling without its intercept). One scale keeps the arg-max, so the
 * predicted label is the classifier's own, and gives a proper distribution for any number of
 * classes.
 *
 * <p>As in Platt (1999), the targets are smoothed: a row of class {@code c} aims at {@code (n_c +
 * 1) / (n_c + 2)} for its class rather than 1. Without that, a validation split the model separates
 * perfectly (easy with a few dozen rows) would drive the scale to its bound and the probabilities
 * to exactly 0 and 1.
 */
public final class Temperature {
  /** Search range of {@code a}, wide enough for raw SVM margins and for log-odds alike. */
  private static final double MIN_LOG_SCALE = Math.log(1e-3);

  private static final double MAX_LOG_SCALE = Math.log(1e3);
  private static final int ITERATIONS = 80;

  private Temperature() {}

  /** The softmax of {@code scale * scores}. */
  public static double[] probabilities(double[] scores, double scale) {
    double max = Double.NEGATIVE_INFINITY;
    for (double s : scores) {
      max = Math.max(max, s);
    }
    double[] p = new double[scores.length];
    double sum = 0;
    for (int k = 0; k < scores.length; k++) {
      p[k] = Math.exp(scale * (scores[k] - max));
      sum += p[k];
    }
    for (int k = 0; k < scores.length; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /**
   * The scale minimising the mean log-loss of {@code scores} against {@code actual}. The loss is
   * convex in the scale, so a golden-section search on its logarithm finds the minimum.
   */
  public static double fit(double[][] scores, int[] actual) {
    double[][] targets = smoothedTargets(scores, actual);
    double phi = (Math.sqrt(5) - 1) / 2;
    double lo = MIN_LOG_SCALE;
    double hi = MAX_LOG_SCALE;
    for (int i = 0; i < ITERATIONS; i++) {
      double a = hi - phi * (hi - lo);
      double b = lo + phi * (hi - lo);
      if (logLoss(scores, targets, Math.exp(a)) <= logLoss(scores, targets, Math.exp(b))) {
        hi = b;
      } else {
        lo = a;
      }
    }
    return Math.exp((lo + hi) / 2);
  }

  /** Platt's targets: {@code (n_c + 1) / (n_c + 2)} for the true class, the rest shared. */
  private static double[][] smoothedTargets(double[][] scores, int[] actual) {
    int classes = scores.length == 0 ? 0 : scores[0].length;
    int[] counts = new int[classes];
    for (int c : actual) {
      counts[c]++;
    }
    double[][] targets = new double[scores.length][classes];
    for (int i = 0; i < scores.length; i++) {
      double own = (counts[actual[i]] + 1.0) / (counts[actual[i]] + 2.0);
      Arrays.fill(targets[i], (1 - own) / Math.max(1, classes - 1));
      targets[i][actual[i]] = own;
    }
    return targets;
  }

  /** Mean cross-entropy of the softmax at {@code scale} against soft targets (convex in scale). */
  private static double logLoss(double[][] scores, double[][] targets, double scale) {
    double loss = 0;
    for (int i = 0; i < scores.length; i++) {
      double max = Double.NEGATIVE_INFINITY;
      for (double s : scores[i]) {
        max = Math.max(max, s);
      }
      double sum = 0;
      double expected = 0;
      for (int k = 0; k < scores[i].length; k++) {
        // A class absent from training scores minus infinity; it has (almost) no target mass.
        double shifted =
            scores[i][k] == Double.NEGATIVE_INFINITY ? 0 : scale * (scores[i][k] - max);
        sum += Math.exp(scale * (scores[i][k] - max));
        expected += targets[i][k] * shifted;
      }
      loss += Math.log(sum) - expected;
    }
    return loss / Math.max(1, scores.length);
  }
}
