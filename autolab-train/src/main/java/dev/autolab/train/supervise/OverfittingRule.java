package dev.autolab.train.supervise;

import dev.autolab.train.supervise.Signals.ValidationPoint;
import java.util.Locale;

/**
 * Overfitting: the validation loss stays {@link #RISE} times above its best for {@link #CONFIRM}
 * validations in a row while the training loss has kept falling since that best. Action: stop and
 * restore the best checkpoint. Where the engine already early-stops on validation loss and restores
 * the best weights, that is its remedy already: the rule then journals the signal and leaves the
 * stop to early stopping, so a healthy early-stopped run sees no corrective action.
 */
public final class OverfittingRule implements Rule {
  /** How far above its best the validation loss must be. */
  public static final double RISE = 1.2;

  /** Validations in a row. */
  public static final int CONFIRM = 2;

  private final Hysteresis rising = new Hysteresis(CONFIRM);

  @Override
  public String name() {
    return "overfitting";
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    if (trigger != Trigger.VALIDATION) {
      return Verdict.notRead();
    }
    ValidationPoint best = signals.bestValidation();
    ValidationPoint last = signals.lastValidation();
    if (best == null || last == best) {
      rising.update(false, true);
      return Verdict.quiet();
    }
    boolean trainFalling = last.trainLoss() < best.trainLoss();
    boolean enter = last.loss() > RISE * best.loss() && trainFalling;
    boolean exit = last.loss() < (1 + (RISE - 1) / 2) * best.loss();
    if (!rising.update(enter, exit)) {
      return Verdict.quiet();
    }
    Evidence evidence =
        new Evidence()
            .put(
                "valid_losses",
                signals.validations().stream()
                    .skip(Math.max(0, signals.validations().size() - 6))
                    .mapToDouble(ValidationPoint::loss)
                    .toArray())
            .put("best_valid_loss", best.loss())
            .put("best_step", best.step())
            .put("train_loss_at_best", best.trainLoss())
            .put("train_loss_now", last.trainLoss())
            .put("generalization_gap", signals.generalizationGap());
    String summary =
        String.format(
            Locale.ROOT,
            "validation loss %.4g is %.2fx its best %.4g (step %d) while training loss fell %.4g -> %.4g",
            last.loss(),
            last.loss() / best.loss(),
            best.loss(),
            best.step(),
            best.trainLoss(),
            last.trainLoss());
    if (knobs.earlyStopping()) {
      return new Verdict(true, evidence.map(), summary + "; left to early stopping", null);
    }
    Proposal proposal =
        new Proposal(
            Knob.TRAINING,
            "running",
            "stopped at best (step " + best.step() + ")",
            true,
            "overfitting (" + summary + "): training stopped, best checkpoint restored",
            k -> k.stopAndRestoreBest("overfitting: " + summary));
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
