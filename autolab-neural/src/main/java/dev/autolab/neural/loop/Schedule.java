package dev.autolab.neural.loop;

/** Scales the base learning rate by the optimizer step. */
@FunctionalInterface
public interface Schedule {
  /** The base rate throughout. */
  Schedule CONSTANT = (step, totalSteps) -> 1.0;

  /**
   * The factor for optimizer step {@code step} (0-based) of about {@code totalSteps} planned ones.
   */
  double factor(long step, long totalSteps);

  /**
   * Linear warm-up over {@code warmupSteps}, then cosine decay to 0 at the end: the usual schedule
   * for Adam on short runs, which avoids both a noisy start and a flat end.
   */
  static Schedule warmupCosine(long warmupSteps) {
    return (step, totalSteps) -> {
      if (step < warmupSteps) {
        return (step + 1.0) / warmupSteps;
      }
      double progress =
          Math.min(1.0, (step - warmupSteps) / (double) Math.max(1, totalSteps - warmupSteps));
      return 0.5 * (1 + Math.cos(Math.PI * progress));
    };
  }
}
