package dev.autolab.train.supervise;

/**
 * What an engine lets the supervisor read and change. Each engine implements what it can; a change
 * it cannot make answers false, and the rule that asked for it is then left unapplied.
 */
public interface Actuator {
  double learningRate();

  void learningRate(double value);

  /** The global gradient-norm ceiling; 0 when clipping is off. */
  default double clipNorm() {
    return 0;
  }

  default boolean clipNorm(double value) {
    return false;
  }

  /** Rows per forward/backward pass (the optimizer step may add several). */
  default int microBatch() {
    return 0;
  }

  /**
   * Halves the rows per pass and doubles the passes per optimizer step, so the effective batch is
   * unchanged; false when it cannot.
   */
  default boolean halveMicroBatch() {
    return false;
  }

  /** Whether this family has an augmentation to turn on. */
  default boolean augmentationAvailable() {
    return false;
  }

  default boolean augmentationOn() {
    return false;
  }

  default boolean turnOnAugmentation() {
    return false;
  }

  /** Whether the engine already stops on validation loss and keeps the best checkpoint. */
  default boolean earlyStopping() {
    return false;
  }

  /**
   * Whether early stopping has made its own rate cut (the best weights back, the rate lowered for a
   * last phase before it stops): from then on the rate is early stopping's to manage.
   */
  default boolean rateCutByEarlyStopping() {
    return false;
  }

  /** Remembers the current weights as the last good ones, to roll back to. */
  default void markGood() {}

  /** Puts the last good weights back and clears the optimizer's state; false when none. */
  default boolean rollback() {
    return false;
  }

  /** Ends training after this step with the best validated weights; false when it cannot. */
  default boolean stopAndRestoreBest(String reason) {
    return false;
  }
}
