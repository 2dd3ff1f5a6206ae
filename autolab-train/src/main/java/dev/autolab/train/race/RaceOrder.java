package dev.autolab.train.race;

import dev.autolab.train.Deadline;
import dev.autolab.train.Families;
import dev.autolab.train.Trainer;
import dev.autolab.train.plan.Candidate;
import java.util.Comparator;
import java.util.List;

/**
 * Which candidate a time-bounded race trains next, and whether it may start. Cheap families go
 * first so that a model exists early and later, dearer candidates can be judged by the time the
 * cheap ones took.
 */
final class RaceOrder {
  /**
   * Rough cost of a family relative to a linear model on the same data, used until a candidate of
   * the family has been timed. Measured on penguins (load ~7): linear 1.4 s, xgboost's settings
   * search 86 s before successive halving, which trains about a third of it.
   */
  static final double XGBOOST_COST = 20;

  /**
   * An interruptible trainer (a neural loop) starts only with at least this many seconds left:
   * starting the engine and reaching a first validation takes that long on small data.
   */
  static final double MIN_INTERRUPTIBLE_SECONDS = 2;

  private RaceOrder() {}

  /** The candidates, linear families first, then xgboost, then the rest; plan order within. */
  static List<Candidate> cheapestFirst(List<Candidate> candidates) {
    return candidates.stream().sorted(Comparator.comparingInt(c -> rank(c.family()))).toList();
  }

  private static int rank(String family) {
    if (Families.LINEAR.equals(family) || Families.TFIDF_LINEAR.equals(family)) {
      return 0;
    }
    return Families.XGBOOST.equals(family) ? 1 : 2;
  }

  /**
   * The candidates that race by successive halving: those whose trainers stop at a deadline (they
   * train in epochs and can pause at a rung), when there are at least two; none otherwise.
   */
  static List<Candidate> inRungs(List<Candidate> candidates) {
    List<Candidate> interruptible =
        candidates.stream()
            .filter(c -> Families.trainer(c.family(), c.params()).stopsAtDeadline())
            .toList();
    return interruptible.size() >= 2 ? interruptible : List.of();
  }

  /** Rough cost units of a family before any of it is timed. */
  private static double units(String family) {
    return rank(family) == 0 ? 1 : XGBOOST_COST;
  }

  /**
   * Whether {@code candidate} may start with the time left. One that stops at the deadline needs
   * only the time to reach a first validation; any other needs its whole expected fit: the longest
   * fit of its family so far, or, before one, the slowest earlier fit scaled by the families' rough
   * costs.
   */
  static boolean affordable(
      Candidate candidate, Trainer trainer, List<Standing> done, Deadline deadline) {
    if (!deadline.bounded()) {
      return true;
    }
    if (trainer.stopsAtDeadline()) {
      return deadline.allows(MIN_INTERRUPTIBLE_SECONDS);
    }
    return deadline.allows(estimate(candidate.family(), done));
  }

  /** Expected seconds of a fit of {@code family}, from the fits timed so far. */
  static double estimate(String family, List<Standing> done) {
    double sameFamily =
        done.stream()
            .filter(s -> s.family().equals(family))
            .mapToDouble(Standing::seconds)
            .max()
            .orElse(-1);
    if (sameFamily >= 0) {
      return sameFamily;
    }
    double perUnit =
        done.stream().mapToDouble(s -> s.seconds() / units(s.family())).max().orElse(0);
    return perUnit * units(family);
  }
}
