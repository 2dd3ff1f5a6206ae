package dev.autolab.data.labels;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.util.List;

/**
 * Predicted class probabilities for rows, each from a model that did not see that row in training
 * (K-fold cross-fitting), as confident learning needs. Implementations may use any model; stage 1
 * uses {@link HashedLogisticModel}.
 */
public interface OutOfFoldModel {
  /**
   * For each row, the probability of each class of {@code schema.classes()}, in that order, from a
   * model fitted on the other folds.
   */
  double[][] probabilities(DatasetSchema schema, List<Row> rows, long seed);
}
