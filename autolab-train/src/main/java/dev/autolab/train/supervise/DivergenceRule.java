package dev.autolab.train.supervise;

import java.util.Locale;

/**
 * Divergence: a NaN or infinite loss or gradient, or a smoothed training loss that has jumped to
 * more than {@link #JUMP} times its lowest value (and by more than {@link #MIN_RISE} of the first
 * loss, so a loss creeping from 0.010 to 0.021 late in a run is not a divergence) for {@link
 * #CONFIRM} steps in a row. Action: roll back to the last good checkpoint and divide the learning
 * rate by 10.
 */
public final class DivergenceRule implements Rule {
  /** How many times its lowest value the smoothed loss must reach. */
  public static final double JUMP = 2.0;

  /** The least rise, as a share of the first loss, that counts. */
  public static final double MIN_RISE = 0.5;

  /** Steps in a row the jump must last. */
  public static final int CONFIRM = 3;

  /** The learning rate is multiplied by this. */
  public static final double CUT = 0.1;

  /** Steps after the start or a rollback before a jump is judged (the first steps are noisy). */
  static final int WARMUP = 3;

  private final Hysteresis jumped = new Hysteresis(CONFIRM);

  static final String NAME = "divergence";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    if (trigger != Trigger.STEP) {
      return Verdict.notRead();
    }
    double loss = signals.smoothedLoss();
    double best = signals.bestSmoothedLoss();
    boolean judged = signals.stepsSinceRestart() > WARMUP;
    boolean enter = judged && loss > JUMP * best && loss - best > MIN_RISE * signals.firstLoss();
    boolean exit = !(loss > 1.5 * best);
    boolean active = jumped.update(enter, exit) || signals.nonFinite();
    if (!active) {
      return Verdict.quiet();
    }
    Evidence evidence =
        new Evidence()
            .put("last_loss", signals.lastLoss())
            .put("smoothed_loss", loss)
            .put("lowest_smoothed_loss", best)
            .put("first_loss", signals.firstLoss())
            .put("non_finite", signals.nonFinite())
            .put("gradient_norms", signals.recentNorms(8));
    String summary =
        signals.nonFinite()
            ? "the loss or gradient is NaN or infinite"
            : String.format(
                Locale.ROOT,
                "smoothed training loss %.4g is %.1fx its lowest %.4g",
                loss,
                loss / best,
                best);
    double from = knobs.learningRate();
    double to = Evidence.round(from * CUT); // 0.01, not 0.010000000000000002, in the journal
    Proposal proposal =
        new Proposal(
            Knob.LEARNING_RATE,
            from,
            to,
            true,
            String.format(
                Locale.ROOT,
                "divergence (%s): rolled back to the last good checkpoint, learning rate %.3g -> %.3g",
                summary,
                from,
                to),
            k -> {
              if (!k.rollback()) {
                return false;
              }
              k.learningRate(to);
              jumped.reset();
              return true;
            });
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
