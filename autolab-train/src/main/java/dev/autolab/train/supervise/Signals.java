package dev.autolab.train.supervise;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * The signals of one training run, updated on every step, validation and memory reading: smoothed
 * training loss and its trend, validation loss and metric, generalization gap, global gradient norm
 * and its growth, non-finite values, memory in use against the limit, throughput.
 */
public final class Signals {
  /**
   * Weight of the newest step in the smoothed loss: about the last ten steps count, enough to see
   * through batch noise and still catch a divergence within a few steps.
   */
  static final double SMOOTHING = 0.2;

  /** Gradient norms kept for the growth and median readings. */
  static final int NORM_HISTORY = 256;

  /** The run's first gradient norms, kept as the scale a healthy start has. */
  static final int START_NORMS = 16;

  /** One validation pass, with the smoothed training loss at that time. */
  public record ValidationPoint(long step, double loss, double metric, double trainLoss) {}

  private long step;
  private double lastLoss = Double.NaN;
  private double smoothed = Double.NaN;
  private double bestSmoothed = Double.POSITIVE_INFINITY;
  private double firstLoss = Double.NaN;
  private boolean nonFinite;
  private long stepsSinceReset;
  private final Deque<Double> norms = new ArrayDeque<>();
  private final List<Double> startNorms = new ArrayList<>();
  private double learningRate = Double.NaN;
  private double rowsPerSecond = Double.NaN;
  private final List<ValidationPoint> validations = new ArrayList<>();
  private long memoryUsed;
  private long memoryLimit;
  private String memoryKind = "";
  private int stepsPerEpoch = 1;

  /** Records one optimizer step. */
  public void step(
      long stepNumber, double loss, double gradientNorm, double rate, double rowsPerS) {
    step = stepNumber;
    lastLoss = loss;
    learningRate = rate;
    rowsPerSecond = rowsPerS;
    nonFinite =
        !Double.isFinite(loss) || (!Double.isNaN(gradientNorm) && !Double.isFinite(gradientNorm));
    if (Double.isFinite(gradientNorm)) {
      norms.addLast(gradientNorm);
      if (norms.size() > NORM_HISTORY) {
        norms.removeFirst();
      }
      if (startNorms.size() < START_NORMS) {
        startNorms.add(gradientNorm);
      }
    }
    if (!Double.isFinite(loss)) {
      return;
    }
    if (Double.isNaN(firstLoss)) {
      firstLoss = loss;
    }
    smoothed = Double.isNaN(smoothed) ? loss : SMOOTHING * loss + (1 - SMOOTHING) * smoothed;
    stepsSinceReset++;
    bestSmoothed = Math.min(bestSmoothed, smoothed);
  }

  /** Records one validation pass ({@code metric} higher is better; NaN when there is none). */
  public void validation(long stepNumber, double loss, double metric) {
    validations.add(new ValidationPoint(stepNumber, loss, metric, smoothed));
  }

  /** Records the memory in use and the most the run may use. */
  public void memory(long used, long limit, String kind) {
    memoryUsed = used;
    memoryLimit = limit;
    memoryKind = kind;
  }

  void stepsPerEpoch(int steps) {
    stepsPerEpoch = Math.max(1, steps);
  }

  /**
   * Forgets the smoothed loss and gradient norms after the weights were rolled back: what was
   * measured on the diverged weights says nothing about the restored ones.
   */
  void restart() {
    smoothed = Double.NaN;
    stepsSinceReset = 0;
    norms.clear();
    nonFinite = false;
  }

  public long step() {
    return step;
  }

  public double lastLoss() {
    return lastLoss;
  }

  public double smoothedLoss() {
    return smoothed;
  }

  /** The lowest smoothed training loss seen in this run. */
  public double bestSmoothedLoss() {
    return bestSmoothed;
  }

  /** The first finite training loss: the scale of the problem (ln of the class count, roughly). */
  public double firstLoss() {
    return firstLoss;
  }

  /** Whether the last step's loss or gradient norm was NaN or infinite. */
  public boolean nonFinite() {
    return nonFinite;
  }

  /** Steps with a finite loss since the start or the last rollback. */
  public long stepsSinceRestart() {
    return stepsSinceReset;
  }

  public double learningRate() {
    return learningRate;
  }

  public double rowsPerSecond() {
    return rowsPerSecond;
  }

  public int stepsPerEpoch() {
    return stepsPerEpoch;
  }

  /** The last {@code n} gradient norms, oldest first (fewer when fewer were measured). */
  public double[] recentNorms(int n) {
    double[] all = norms.stream().mapToDouble(Double::doubleValue).toArray();
    return Arrays.copyOfRange(all, Math.max(0, all.length - n), all.length);
  }

  /**
   * The median of the run's first {@link #START_NORMS} gradient norms (fewer while fewer were
   * measured; NaN before the first): the scale of the gradients while the network was still far
   * from fitting. A rollback does not forget it.
   */
  public double startMedianNorm() {
    return median(startNorms.stream().mapToDouble(Double::doubleValue).toArray());
  }

  private static double median(double[] values) {
    int n = values.length;
    if (n == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /** The median of the gradient norms before the last {@code skip}; NaN when there are none. */
  public double medianNormBefore(int skip) {
    double[] all = norms.stream().mapToDouble(Double::doubleValue).toArray();
    return median(Arrays.copyOf(all, Math.max(0, all.length - skip)));
  }

  /**
   * Growth of the gradient norm per step over the last {@code window} norms: the least-squares
   * slope of their logarithm (ln 2 / 8 means doubling every 8 steps); NaN with too few.
   */
  public double normGrowth(int window) {
    double[] y = recentNorms(window);
    if (y.length < window) {
      return Double.NaN;
    }
    double meanX = (window - 1) / 2.0;
    double meanY = 0;
    for (double v : y) {
      meanY += Math.log(Math.max(v, 1e-12)) / window;
    }
    double num = 0;
    double den = 0;
    for (int i = 0; i < window; i++) {
      num += (i - meanX) * (Math.log(Math.max(y[i], 1e-12)) - meanY);
      den += (i - meanX) * (i - meanX);
    }
    return num / den;
  }

  public List<ValidationPoint> validations() {
    return List.copyOf(validations);
  }

  /** The latest validation, or null before the first. */
  public ValidationPoint lastValidation() {
    return validations.isEmpty() ? null : validations.get(validations.size() - 1);
  }

  /** The validation with the lowest loss so far, or null before the first. */
  public ValidationPoint bestValidation() {
    ValidationPoint best = null;
    for (ValidationPoint v : validations) {
      if (Double.isFinite(v.loss()) && (best == null || v.loss() < best.loss())) {
        best = v;
      }
    }
    return best;
  }

  /** Validation loss minus smoothed training loss at the latest validation; NaN before it. */
  public double generalizationGap() {
    ValidationPoint last = lastValidation();
    return last == null ? Double.NaN : last.loss() - last.trainLoss();
  }

  public long memoryUsed() {
    return memoryUsed;
  }

  public long memoryLimit() {
    return memoryLimit;
  }

  /** What the memory reading measures (process RSS, heap after collection). */
  public String memoryKind() {
    return memoryKind;
  }

  /** Memory in use as a share of the limit; NaN without a limit. */
  public double memoryFraction() {
    return memoryLimit > 0 ? memoryUsed / (double) memoryLimit : Double.NaN;
  }
}
