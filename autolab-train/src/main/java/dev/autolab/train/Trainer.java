package dev.autolab.train;

import dev.autolab.core.DatasetSchema;

/**
 * Trains one model family. A trainer chooses its own inner settings (a regularisation strength, the
 * number of boosting rounds) on the validation split of the data it is given, and journals each
 * choice through the context. {@link Families#trainer} builds one from a plan candidate's
 * parameters.
 */
public interface Trainer {
  /** The family name, a contract: {@code tfidf-linear}, {@code xgboost}, {@code linear}. */
  String family();

  /** Whether this family can learn from data of this shape. */
  boolean supports(DatasetSchema schema);

  /**
   * Fits on {@code data.train()}, choosing the settings its parameters leave open on {@code
   * data.valid()}. A model's {@link TrainedModel#hyperparameters()} fix every setting, so the
   * trainer they configure needs no validation rows: that is how a chosen model is refitted on more
   * data.
   */
  TrainedModel fit(TrainingData data, TrainingContext context);

  /**
   * Whether {@link #fit} stops at {@link TrainingContext#deadline()} with a usable model; a race
   * starts a trainer that does not only when its whole fit is expected to end in time.
   */
  default boolean stopsAtDeadline() {
    return false;
  }

  /**
   * The threads a trial of this family should have at least when a race's trials share the machine:
   * 1 for most, {@link Integer#MAX_VALUE} for a family that should have the whole machine to
   * itself.
   */
  default int threadsWanted() {
    return 1;
  }
}
