package dev.autolab.train.supervise;

import dev.autolab.train.supervise.Signals.ValidationPoint;
import java.util.List;
import java.util.Locale;

/**
 * Plateau: over the last {@link #PATIENCE} validations the validation loss has neither improved on
 * its earlier best by {@link #MIN_GAIN} nor risen above it by {@link #MAX_RISE} (relative), and the
 * smoothed training loss has moved by less than {@link #FLAT} (relative) either way: the optimizer
 * is circling instead of descending. A run whose training loss still falls, or whose validation
 * loss rises, is overfitting rather than on a plateau, and is left to early stopping. Action:
 * learning rate times {@link #CUT}. Once early stopping has cut the rate itself (best weights back,
 * a last phase at a tenth of the rate), the plateau is its to end: the signal is still recorded,
 * but no cut is proposed, so the last phase is not shrunk to nothing.
 */
public final class PlateauRule implements Rule {
  /** Validations without progress. */
  public static final int PATIENCE = 3;

  /** Relative validation-loss gain that counts as progress. */
  public static final double MIN_GAIN = 0.01;

  /** A validation loss this far above its earlier best is rising, not flat. */
  public static final double MAX_RISE = 0.05;

  /** Relative change of the training loss below which it is flat. */
  public static final double FLAT = 0.05;

  public static final double CUT = 0.3;

  /** The rate is not cut below this. */
  public static final double MIN_RATE = 1e-6;

  private double rateSeen = Double.NaN;
  private int sinceChange;

  @Override
  public String name() {
    return "plateau";
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    List<ValidationPoint> points = signals.validations();
    if (trigger != Trigger.VALIDATION) {
      return Verdict.notRead();
    }
    // The validations judged must all have run at the current rate: a cut gets its chance.
    if (knobs.learningRate() != rateSeen) {
      rateSeen = knobs.learningRate();
      sinceChange = 0;
    } else {
      sinceChange++;
    }
    if (points.size() <= PATIENCE || sinceChange < PATIENCE) {
      return Verdict.quiet();
    }
    int n = points.size();
    double before = Double.POSITIVE_INFINITY;
    for (ValidationPoint p : points.subList(0, n - PATIENCE)) {
      before = Math.min(before, p.loss());
    }
    double recent = Double.POSITIVE_INFINITY;
    for (ValidationPoint p : points.subList(n - PATIENCE, n)) {
      recent = Math.min(recent, p.loss());
    }
    double trainThen = points.get(n - PATIENCE - 1).trainLoss();
    double trainNow = points.get(n - 1).trainLoss();
    double last = points.get(n - 1).loss();
    boolean stalled = !(recent < before * (1 - MIN_GAIN)) && last <= before * (1 + MAX_RISE);
    boolean flat = Math.abs(trainNow - trainThen) < FLAT * trainThen;
    if (!(stalled && flat) || !Double.isFinite(before)) {
      return Verdict.quiet();
    }
    double[] losses =
        points.subList(n - PATIENCE - 1, n).stream().mapToDouble(ValidationPoint::loss).toArray();
    Evidence evidence =
        new Evidence()
            .put("valid_losses", losses)
            .put("best_before", before)
            .put("train_loss_then", trainThen)
            .put("train_loss_now", trainNow);
    String summary =
        String.format(
            Locale.ROOT,
            "validation loss no better than %.4g for %d validations, training loss %.4g -> %.4g",
            before,
            PATIENCE,
            trainThen,
            trainNow);
    double from = knobs.learningRate();
    double to = Evidence.round(from * CUT); // 0.01, not 0.010000000000000002, in the journal
    if (knobs.rateCutByEarlyStopping()) {
      evidence.put("rate_cut_by_early_stopping", true);
    }
    Proposal proposal =
        to < MIN_RATE || knobs.rateCutByEarlyStopping()
            ? null
            : new Proposal(
                Knob.LEARNING_RATE,
                from,
                to,
                false,
                String.format(
                    Locale.ROOT, "plateau (%s): learning rate %.3g -> %.3g", summary, from, to),
                k -> {
                  k.learningRate(to);
                  return true;
                });
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
