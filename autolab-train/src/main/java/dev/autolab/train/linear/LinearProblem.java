package dev.autolab.train.linear;

import dev.autolab.train.features.SparseVector;
import java.util.List;
import java.util.Objects;

/**
 * A linear classification problem: training and validation features with their class indices.
 *
 * @param classes the class labels (indices refer to this list)
 * @param dims the number of feature columns
 * @param textDims the leading columns that hold non-negative text features, which naive-Bayes
 *     options may read (the rest are appended tabular features)
 * @param train training vectors
 * @param trainLabels their class indices
 * @param valid validation vectors (may be empty when nothing is chosen)
 * @param validLabels their class indices
 */
public record LinearProblem(
    List<String> classes,
    int dims,
    int textDims,
    List<SparseVector> train,
    int[] trainLabels,
    List<SparseVector> valid,
    int[] validLabels) {
  public LinearProblem {
    classes = List.copyOf(classes);
    Objects.requireNonNull(trainLabels, "trainLabels");
    Objects.requireNonNull(validLabels, "validLabels");
    if (train.size() != trainLabels.length || valid.size() != validLabels.length) {
      throw new IllegalArgumentException("features and labels differ in count");
    }
  }
}
