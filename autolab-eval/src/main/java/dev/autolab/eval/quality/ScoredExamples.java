package dev.autolab.eval.quality;

import dev.autolab.eval.Evaluator;
import java.util.List;

/**
 * A classifier's answers on labelled examples: the truth and the probability vectors, which every
 * classification analysis reads.
 *
 * @param classes the class labels; indices refer to this list
 * @param actual the true class index of each example
 * @param probabilities each example's class probabilities
 */
public record ScoredExamples(List<String> classes, int[] actual, double[][] probabilities) {
  public ScoredExamples {
    classes = List.copyOf(classes);
    if (actual.length != probabilities.length) {
      throw new IllegalArgumentException(
          actual.length + " labels but " + probabilities.length + " predictions");
    }
  }

  public int size() {
    return actual.length;
  }

  /** The predicted class of example {@code i}: the arg-max, the first class on ties. */
  public int predicted(int i) {
    return Evaluator.argMax(probabilities[i]);
  }

  /** The examples at {@code indices}, in that order. */
  public ScoredExamples subset(int[] indices) {
    int[] a = new int[indices.length];
    double[][] p = new double[indices.length][];
    for (int i = 0; i < indices.length; i++) {
      a[i] = actual[indices[i]];
      p[i] = probabilities[indices[i]];
    }
    return new ScoredExamples(classes, a, p);
  }

  /** How many examples of each class. */
  public int[] support() {
    int[] support = new int[classes.size()];
    for (int a : actual) {
      support[a]++;
    }
    return support;
  }
}
