package dev.autolab.train.supervise;

/**
 * One reading of the training signals, a small named class with its thresholds as documented
 * defaults. Rules keep their own hysteresis state, so one instance serves one run.
 */
public interface Rule {
  /** The name the journal gives it. */
  String name();

  /**
   * Reads the signals after {@code trigger}; {@link Verdict#quiet()} when the rule has nothing to
   * say.
   */
  Verdict check(Trigger trigger, Signals signals, Actuator knobs);
}
