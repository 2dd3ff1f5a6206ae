package dev.autolab.neural.loop;

/**
 * Behaviour around the training loop: logging, validation, checkpoints, early stopping, the
 * supervisor. Each callback gets the loop's controls, through which it may change knobs or stop.
 */
public interface LoopListener {
  default void onStart(LoopControl control) {}

  default void onStep(StepRecord step, LoopControl control) {}

  default void onValidation(ValidationRecord validation, LoopControl control) {}

  default void onEpochEnd(int epoch, LoopControl control) {}

  default void onEnd(LoopControl control) {}
}
