package dev.autolab.train.decision;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metric;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.features.Targets;
import java.util.List;

/**
 * Per-class weights on a model's probabilities, tuned for a metric on held-out rows: the decision
 * becomes the arg-max of {@code w[k] * p[k]}, a prior correction that lets a rare class win where
 * the model ranks it well but rarely puts it first. A standard remedy for macro-averaged metrics
 * under class imbalance (threshold moving; see Elkan, "The Foundations of Cost-Sensitive Learning",
 * IJCAI 2001).
 */
public final class DecisionWeights {
  /** Weights tried for each class, a geometric grid around 1. */
  static final double[] GRID = {0.25, 0.35, 0.5, 0.7, 1, 1.4, 2, 2.8, 4, 5.6, 8};

  /** Coordinate-ascent passes over the classes. */
  static final int PASSES = 3;

  /** A change must gain this much on validation to be kept, so noise does not move weights. */
  static final double MIN_GAIN = 0.002;

  private DecisionWeights() {}

  /** Weights for {@code model}, chosen on {@code valid} (rows the model was not fitted on). */
  public static double[] tune(TrainedModel model, List<Row> valid, Metric metric) {
    DatasetSchema schema = model.schema();
    double[][] p =
        model.predict(valid).stream().map(Prediction::probabilities).toArray(double[][]::new);
    return tune(schema.classes(), Targets.classIndices(schema, valid), p, metric);
  }

  /**
   * Weights for held-out probabilities {@code p} of examples whose classes are {@code actual}:
   * coordinate ascent over {@link #GRID}, class by class, keeping a change only when it gains at
   * least {@link #MIN_GAIN}.
   */
  public static double[] tune(List<String> classes, int[] actual, double[][] p, Metric metric) {
    double[] w = new double[classes.size()];
    java.util.Arrays.fill(w, 1);
    double best = score(classes, actual, p, w, metric);
    for (int pass = 0; pass < PASSES; pass++) {
      boolean changed = false;
      for (int k = 0; k < w.length; k++) {
        double keep = w[k];
        double bestWeight = keep;
        for (double candidate : GRID) {
          w[k] = candidate;
          double s = score(classes, actual, p, w, metric);
          if (metric.isBetter(s, best) && Math.abs(s - best) >= MIN_GAIN) {
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

  private static double score(
      List<String> classes, int[] actual, double[][] p, double[] w, Metric metric) {
    double[][] weighted = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      weighted[i] = apply(p[i], w);
    }
    return Evaluator.classification(classes, actual, weighted).value(metric);
  }
}
