package dev.autolab.neural.loop;

import java.util.function.BooleanSupplier;

/**
 * Ends training once the run's time budget is spent. When the loop validates, the weights reached
 * at the deadline are validated once more before stopping, so that {@link Checkpoints} weighs them
 * against the best so far and {@link EarlyStopping} restores whichever is better: the model left is
 * the best one validated, never a half-step.
 */
public final class DeadlineStop implements LoopListener {
  /** The stop reason, which trainers journal; the race recognises a budget stop by it. */
  public static final String REASON = "the time budget is spent";

  private final BooleanSupplier passed;
  private final boolean validate;

  /**
   * @param passed whether the deadline has passed; asked after every step
   * @param validate whether to validate before stopping (only when the loop has validation data)
   */
  public DeadlineStop(BooleanSupplier passed, boolean validate) {
    this.passed = passed;
    this.validate = validate;
  }

  /**
   * The epochs a fixed-length run did: fewer than {@code asked} when the budget cut it short or the
   * race pruned it.
   */
  public static int epochsDone(LoopResult result, int asked) {
    boolean cut = REASON.equals(result.stopReason()) || RungStop.REASON.equals(result.stopReason());
    return cut ? Math.max(1, result.epochs()) : asked;
  }

  @Override
  public void onStep(StepRecord step, LoopControl control) {
    if (passed.getAsBoolean()) {
      control.stop(REASON);
      if (validate) {
        control.validate();
      }
    }
  }
}
