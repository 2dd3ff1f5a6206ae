package dev.autolab.eval.quality;

import dev.autolab.eval.Evaluator;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Bootstrap confidence intervals (Efron's percentile method): resample the examples with
 * replacement, recompute each metric, and take the 2.5th and 97.5th percentiles. Small test sets
 * get wide intervals, which is the point.
 */
public final class Bootstrap {
  /** 1,000 resamples keep the percentile's own Monte Carlo error near 0.5 points of coverage. */
  public static final int RESAMPLES = 1000;

  public static final double LEVEL = 0.95;

  private Bootstrap() {}

  public static BootstrapIntervals of(ScoredExamples examples, long seed) {
    int n = examples.size();
    int k = examples.classes().size();
    int[] predicted = new int[n];
    double[] loss = new double[n];
    for (int i = 0; i < n; i++) {
      predicted[i] = examples.predicted(i);
      double p = examples.probabilities()[i][examples.actual()[i]];
      loss[i] = -Math.log(Math.max(p, Evaluator.LOG_LOSS_EPSILON));
    }
    double[] accuracy = new double[RESAMPLES];
    double[] macroF1 = new double[RESAMPLES];
    double[] logLoss = new double[RESAMPLES];
    SplittableRandom random = new SplittableRandom(seed);
    int[][] confusion = new int[k][k];
    for (int r = 0; r < RESAMPLES; r++) {
      for (int[] row : confusion) {
        Arrays.fill(row, 0);
      }
      double lossSum = 0;
      for (int t = 0; t < n; t++) {
        int i = random.nextInt(n);
        confusion[examples.actual()[i]][predicted[i]]++;
        lossSum += loss[i];
      }
      accuracy[r] = Evaluator.accuracy(confusion);
      macroF1[r] = Evaluator.macroF1(confusion);
      logLoss[r] = n == 0 ? 0 : lossSum / n;
    }
    int[][] full = new int[k][k];
    double fullLoss = 0;
    for (int i = 0; i < n; i++) {
      full[examples.actual()[i]][predicted[i]]++;
      fullLoss += loss[i];
    }
    return new BootstrapIntervals(
        RESAMPLES,
        LEVEL,
        seed,
        interval(Evaluator.accuracy(full), accuracy),
        interval(Evaluator.macroF1(full), macroF1),
        interval(n == 0 ? 0 : fullLoss / n, logLoss));
  }

  private static Interval interval(double estimate, double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double tail = (1 - LEVEL) / 2;
    return new Interval(estimate, percentile(sorted, tail), percentile(sorted, 1 - tail));
  }

  /** Linear interpolation between closest ranks (NumPy's default). */
  static double percentile(double[] sorted, double q) {
    double position = q * (sorted.length - 1);
    int below = (int) Math.floor(position);
    int above = Math.min(sorted.length - 1, below + 1);
    double fraction = position - below;
    return sorted[below] + fraction * (sorted[above] - sorted[below]);
  }
}
