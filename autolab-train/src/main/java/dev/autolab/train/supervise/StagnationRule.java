package dev.autolab.train.supervise;

import dev.autolab.train.supervise.Signals.ValidationPoint;
import java.util.List;
import java.util.Locale;

/**
 * Validation metric stagnation: the validation metric has not improved on its earlier best by
 * {@link #MIN_GAIN} for {@link #PATIENCE} validations while the training loss kept falling and the
 * validation loss rose {@link #LOSS_RISE} above its best (the network learns the training rows, not
 * the task; a metric at its ceiling with a still-falling validation loss is not stagnation).
 * Action: turn on the family's data augmentation. Like {@link OverfittingRule}, it leaves
 * early-stopped runs to their early stopping.
 */
public final class StagnationRule implements Rule {
  public static final int PATIENCE = 4;

  /** Absolute metric gain that counts as progress (accuracy: a fifth of a point). */
  public static final double MIN_GAIN = 0.002;

  /** How far above its best the validation loss must be. */
  public static final double LOSS_RISE = 1.05;

  @Override
  public String name() {
    return "validation-stagnation";
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    List<ValidationPoint> points = signals.validations();
    if (trigger != Trigger.VALIDATION) {
      return Verdict.notRead();
    }
    if (points.size() <= PATIENCE) {
      return Verdict.quiet();
    }
    int n = points.size();
    double before = Double.NEGATIVE_INFINITY;
    for (ValidationPoint p : points.subList(0, n - PATIENCE)) {
      before = Math.max(before, p.metric());
    }
    double recent = Double.NEGATIVE_INFINITY;
    for (ValidationPoint p : points.subList(n - PATIENCE, n)) {
      recent = Math.max(recent, p.metric());
    }
    boolean trainFalling = points.get(n - 1).trainLoss() < points.get(n - PATIENCE - 1).trainLoss();
    Signals.ValidationPoint best = signals.bestValidation();
    boolean lossRose = best != null && points.get(n - 1).loss() > LOSS_RISE * best.loss();
    if (Double.isNaN(before) || recent >= before + MIN_GAIN || !trainFalling || !lossRose) {
      return Verdict.quiet();
    }
    Evidence evidence =
        new Evidence()
            .put(
                "valid_metrics",
                points.subList(n - PATIENCE - 1, n).stream()
                    .mapToDouble(ValidationPoint::metric)
                    .toArray())
            .put("best_before", before);
    String summary =
        String.format(
            Locale.ROOT,
            "validation metric no better than %.4f for %d validations while training loss falls",
            before,
            PATIENCE);
    if (knobs.earlyStopping() || !knobs.augmentationAvailable() || knobs.augmentationOn()) {
      return new Verdict(true, evidence.map(), summary, null);
    }
    Proposal proposal =
        new Proposal(
            Knob.AUGMENTATION,
            "off",
            "on",
            false,
            "validation stagnation (" + summary + "): data augmentation turned on",
            Actuator::turnOnAugmentation);
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
