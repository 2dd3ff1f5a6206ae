package dev.autolab.train.supervise;

import java.util.Locale;

/**
 * Memory pressure: memory in use above {@link #HIGH} of the limit for {@link #CONFIRM} readings in
 * a row (it switches off below {@link #LOW}). Action: halve the rows per forward/backward pass and
 * double the gradient accumulation, so the effective batch, and with it the optimization, stays the
 * same while activations take half the memory.
 */
public final class MemoryPressureRule implements Rule {
  public static final double HIGH = 0.9;
  public static final double LOW = 0.8;
  public static final int CONFIRM = 2;

  /** Passes are not made smaller than this many rows. */
  public static final int MIN_MICRO_BATCH = 4;

  private final Hysteresis high = new Hysteresis(CONFIRM);

  @Override
  public String name() {
    return "memory-pressure";
  }

  @Override
  public Verdict check(Trigger trigger, Signals signals, Actuator knobs) {
    double fraction = signals.memoryFraction();
    if (trigger != Trigger.MEMORY || Double.isNaN(fraction)) {
      return Verdict.notRead();
    }
    if (!high.update(fraction > HIGH, fraction < LOW)) {
      return Verdict.quiet();
    }
    Evidence evidence =
        new Evidence()
            .put("memory_used_mb", signals.memoryUsed() / 1e6)
            .put("memory_limit_mb", signals.memoryLimit() / 1e6)
            .put("fraction", fraction)
            .put("measure", signals.memoryKind());
    String summary =
        String.format(
            Locale.ROOT,
            "%s %.0f MB is %.0f%% of the %.0f MB limit",
            signals.memoryKind(),
            signals.memoryUsed() / 1e6,
            100 * fraction,
            signals.memoryLimit() / 1e6);
    int from = knobs.microBatch();
    if (from / 2 < MIN_MICRO_BATCH) {
      return new Verdict(true, evidence.map(), summary, null);
    }
    Proposal proposal =
        new Proposal(
            Knob.MICRO_BATCH,
            from,
            from / 2,
            false,
            String.format(
                Locale.ROOT,
                "memory pressure (%s): %d rows per pass -> %d, gradient accumulation doubled",
                summary,
                from,
                from / 2),
            k -> {
              boolean done = k.halveMicroBatch();
              if (done) {
                high.reset();
              }
              return done;
            });
    return new Verdict(true, evidence.map(), summary, proposal);
  }
}
