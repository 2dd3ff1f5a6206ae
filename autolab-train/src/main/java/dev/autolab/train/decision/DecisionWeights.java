package dev.autolab.train.decision;

import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metric;
import java.util.Arrays;
import java.util.List;

/**
 * Per-class weights on a model's probabilities, tuned on held-out answers: the decision becomes the
 * arg-max of {@code w[k] * p[k]}, a prior correction that lets a rare class win where the model
 * ranks it well but rarely puts it first. A standard remedy for macro-averaged metrics under class
 * imbalance (threshold moving; see Elkan, "The Foundations of Cost-Sensitive Learning", IJCAI
 * 2001).
 *
 * <p>The objective is the metric, less the total shortfall of class recalls under a floor when one
 * is given: a gate that asks for a minimum recall is met on held-out data first, then the metric
 * decides among the weights that meet it.
 */
public final class DecisionWeights {
  /** Weights tried for each class, a geometric grid around 1. */
  static final double[] GRID = {0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4, 5.6, 8};

  /** Coordinate-ascent passes over the classes. */
  static final int PASSES = 3;

  /**
   * A recall shortfall of 0.1 outweighs any change of a metric between 0 and 1, so the floor comes
   * first.
   */
  static final double SHORTFALL_WEIGHT = 10;

  /** A change must gain this much to be kept, so noise does not move weights. */
  static final double MIN_GAIN = 0.002;

  private DecisionWeights() {}

  /**
   * Weights for held-out probabilities {@code p} of examples whose classes are {@code actual}:
   * coordinate ascent over {@link #GRID}, class by class.
   *
   * @param minRecall the recall every class should reach, or {@code null} for none
   */
  public static double[] tune(
      List<String> classes, int[] actual, double[][] p, Metric metric, Double minRecall) {
    double[] w = new double[classes.size()];
    Arrays.fill(w, 1);
    double best = objective(classes, actual, p, w, metric, minRecall);
    for (int pass = 0; pass < PASSES; pass++) {
      boolean changed = false;
      for (int k = 0; k < w.length; k++) {
        double keep = w[k];
        double bestWeight = keep;
        for (double candidate : GRID) {
          w[k] = candidate;
          double s = objective(classes, actual, p, w, metric, minRecall);
          if (s >= best + MIN_GAIN) {
            best = s;
            bestWeight = candidate;
          }
        }
        w[k] = bestWeight;
        changed |= bestWeight != keep;
      }
      if (!changed) {
        break;
      }
    }
    return w;
  }

  /** Probabilities times weights, renormalised to sum to 1. */
  public static double[] apply(double[] probabilities, double[] weights) {
    double[] out = new double[probabilities.length];
    double sum = 0;
    for (int k = 0; k < out.length; k++) {
      out[k] = probabilities[k] * weights[k];
      sum += out[k];
    }
    for (int k = 0; k < out.length; k++) {
      out[k] = sum > 0 ? out[k] / sum : 1.0 / out.length;
    }
    return out;
  }

  /** The metric (negated when lower is better) less the recall shortfall under the floor. */
  private static double objective(
      List<String> classes,
      int[] actual,
      double[][] p,
      double[] w,
      Metric metric,
      Double minRecall) {
    double[][] weighted = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      weighted[i] = apply(p[i], w);
    }
    ClassificationMetrics m = Evaluator.classification(classes, actual, weighted);
    double value = metric.higherIsBetter() ? m.value(metric) : -m.value(metric);
    if (minRecall != null) {
      for (ClassMetrics c : m.perClass().values()) {
        if (c.support() > 0) {
          value -= SHORTFALL_WEIGHT * Math.max(0, minRecall - c.recall());
        }
      }
    }
    return value;
  }
}
