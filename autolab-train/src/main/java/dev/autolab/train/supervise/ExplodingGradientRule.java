package dev.autolab.train.supervise;

import java.util.Locale;

/**
 * Exploding gradients, in either of two shapes. Growth: the global gradient norm grows
 * exponentially (its logarithm rises by at least {@link #GROWTH} per step over the last {@link
 * #WINDOW} steps, i.e. it doubles within the window) and is already {@link #ABOVE_MEDIAN} times the
 * median norm of the steps before, for {@link #CONFIRM} steps in a row. Spike: one step's norm is
 * {@link #SPIKE} times the median of the steps before it (at least {@link #SPIKE_HISTORY}): with a
 * learning rate far too high the norm jumps a hundredfold in one step and the loss follows a few
 * steps later, before any growth window could fill, so a spike is acted on at once. Either shape
 * also needs the norm to reach the median of the run's first norms ({@link
 * Signals#startMedianNorm()}): once a network fits its training data its gradients shrink a
 * hundredfold, and one hard batch then makes a relative spike that is still smaller than the
 * gradients it started with (minilm-mlp on spam after its rate cut: median 0.01, jumps to 0.25,
 * first norms 0.4-0.8), which is no explosion. Action: switch on global-norm clipping at {@link
 * #CLIP_AT} times that median, before the norm reaches NaN.
 */
public final class ExplodingGradientRule implements Rule {
  /** Steps over which the growth is measured. */
  public static final int WINDOW = 8;

  /** Least growth of ln(norm) per step: ln 2 over the window, a doubling within it. */
  public static final double GROWTH = Math.log(2) / WINDOW;

  /** How far above the earlier median the norm must be. */
  public static final double ABOVE_MEDIAN = 3.0;

  /** Checks in a row. */
  public static final int CONFIRM = 2;

  /** The clipping ceiling as a multiple of the healthy median norm. */
  public static final double CLIP_AT = 2.0;

  /** Norms measured before the window, for a median worth trusting. */
  static final int HISTORY = 16;

  /** One step's norm this many times the earlier median is a spike. */
  public static final double SPIKE = 20.0;

  /**
   * Norms before a step for its spike to be judged: one, as a learning rate far too high blows the
   * weights up on the first update and the second step's norm is the spike (CNN, rate 0.1: 4.9 then
   * 928).
   */
  static final int SPIKE_HISTORY = 1;

  private final Hysteresis growing = new Hysteresis(CONFIRM);

  @Override
  public String name() {
    return "exploding-gradients";
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    if (trigger != Trigger.STEP) {
      return Verdict.notRead();
    }
    double[] window = signals.recentNorms(WINDOW + HISTORY);
    if (window.length > SPIKE_HISTORY) {
      double before = signals.medianNormBefore(1);
      double last = window[window.length - 1];
      if (last >= SPIKE * before && atStartScale(last, signals)) {
        return clip(
            knobs,
            new Evidence()
                .put("gradient_norms", signals.recentNorms(WINDOW))
                .put("median_before", before)
                .put("spike", last / before),
            String.format(
                Locale.ROOT,
                "gradient norm %.4g jumped to %.0fx its median %.4g in one step",
                last,
                last / before,
                before),
            before);
      }
    }
    if (window.length < WINDOW + HISTORY) {
      return Verdict.quiet();
    }
    double growth = signals.normGrowth(WINDOW);
    double median = signals.medianNormBefore(WINDOW);
    double last = window[window.length - 1];
    boolean enter =
        growth >= GROWTH && last >= ABOVE_MEDIAN * median && atStartScale(last, signals);
    boolean exit = growth < GROWTH / 2 || last < 1.5 * median;
    if (!growing.update(enter, exit)) {
      return Verdict.quiet();
    }
    Evidence evidence =
        new Evidence()
            .put("gradient_norms", signals.recentNorms(WINDOW))
            .put("growth_per_step", growth)
            .put("median_before", median);
    String summary =
        String.format(
            Locale.ROOT,
            "gradient norm %.4g grows %.0f%% a step, %.1fx its median %.4g",
            last,
            100 * Math.expm1(growth),
            last / median,
            median);
    return clip(knobs, evidence, summary, median);
  }

  /** Whether {@code norm} is at least as large as the run's first gradients were. */
  private static boolean atStartScale(double norm, Signals signals) {
    double start = signals.startMedianNorm();
    return Double.isNaN(start) || norm >= start;
  }

  /** The verdict: clipping at {@link #CLIP_AT} times the healthy median, unless it is on. */
  private static Verdict clip(Actuator knobs, Evidence evidence, String summary, double median) {
    if (knobs.clipNorm() > 0) {
      return new Verdict(true, evidence.map(), summary, null);
    }
    double to = CLIP_AT * median;
    Proposal proposal =
        new Proposal(
            Knob.CLIP_NORM,
            0.0,
            to,
            false,
            String.format(
                Locale.ROOT,
                "exploding gradients (%s): global-norm clipping at %.4g switched on",
                summary,
                to),
            k -> k.clipNorm(to));
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
