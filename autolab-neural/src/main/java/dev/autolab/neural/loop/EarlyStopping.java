package dev.autolab.neural.loop;

import java.util.Locale;

/**
 * Stops when the validation loss has not improved for {@code patience} validations and, when asked,
 * puts back the best weights (also at the natural end of training, so the model kept is always the
 * best one validated).
 */
public final class EarlyStopping implements LoopListener {
  /**
   * An improvement smaller than this fraction of the best loss, or than {@link #MIN_GAIN}, counts
   * as none: on separable data the loss creeps towards zero for hundreds of epochs while the model
   * only grows overconfident.
   */
  static final double MIN_RELATIVE_GAIN = 1e-3;

  /** The smallest absolute loss improvement that counts. */
  static final double MIN_GAIN = 1e-3;

  private final int patience;
  private final Checkpoints checkpoints;
  private final boolean restoreBest;
  private double best = Double.POSITIVE_INFINITY;
  private int waited;

  /**
   * @param checkpoints where the best weights are kept; must be a listener of the same loop, added
   *     before this one
   */
  public EarlyStopping(int patience, Checkpoints checkpoints, boolean restoreBest) {
    if (patience < 1) {
      throw new IllegalArgumentException("patience must be at least 1, got " + patience);
    }
    this.patience = patience;
    this.checkpoints = checkpoints;
    this.restoreBest = restoreBest;
  }

  @Override
  public void onValidation(ValidationRecord validation, LoopControl control) {
    double gain = Math.max(MIN_GAIN, MIN_RELATIVE_GAIN * best);
    if (best == Double.POSITIVE_INFINITY || validation.loss() < best - gain) {
      best = validation.loss();
      waited = 0;
      return;
    }
    waited++;
    if (waited >= patience) {
      control.stop(
          String.format(
              Locale.ROOT,
              "validation loss has not improved on %.4f for %d validations",
              best,
              patience));
    }
  }

  @Override
  public void onEnd(LoopControl control) {
    if (restoreBest) {
      checkpoints.restoreBest(control);
    }
  }
}
