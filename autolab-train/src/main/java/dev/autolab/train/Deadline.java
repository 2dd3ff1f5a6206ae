package dev.autolab.train;

import dev.autolab.core.BadInputException;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The end of a run's training time ({@code --time-budget}). It is measured on the monotonic clock
 * rather than the wall clock, so a clock adjustment neither shortens nor lengthens a race.
 *
 * @param budget the whole budget, or null when training time is unbounded
 * @param startNanos {@link System#nanoTime()} when the budget started
 */
public record Deadline(Duration budget, long startNanos) {
  /** No bound: every candidate trains to completion. */
  public static final Deadline NONE = new Deadline(null, 0);

  private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)([smh]?)");

  /** A budget that starts now. */
  public static Deadline startingNow(Duration budget) {
    return new Deadline(budget, System.nanoTime());
  }

  /**
   * A budget of which {@code spent} was used before now (by a run that was interrupted and is
   * resumed): what is left of it starts now. A {@code budget} of null is no bound.
   */
  public static Deadline resumed(Duration budget, Duration spent) {
    return budget == null ? NONE : new Deadline(budget, System.nanoTime() - spent.toNanos());
  }

  /**
   * Parses {@code 90s}, {@code 5m}, {@code 1h} or plain seconds.
   *
   * @throws BadInputException for anything else or a budget that is not positive
   */
  public static Duration parseBudget(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new BadInputException(
          "--time-budget '" + text + "': use a duration such as 90s, 5m or 1h");
    }
    double unit =
        switch (m.group(2)) {
          case "m" -> 60;
          case "h" -> 3600;
          default -> 1;
        };
    long millis = Math.round(Double.parseDouble(m.group(1)) * unit * 1000);
    if (millis <= 0) {
      throw new BadInputException("--time-budget '" + text + "': the budget must be positive");
    }
    return Duration.ofMillis(millis);
  }

  public boolean bounded() {
    return budget != null;
  }

  /** Time spent since the budget started (zero when unbounded). */
  public Duration elapsed() {
    return bounded() ? Duration.ofNanos(System.nanoTime() - startNanos) : Duration.ZERO;
  }

  /** Time left, never negative; effectively unlimited when unbounded. */
  public Duration remaining() {
    if (!bounded()) {
      return Duration.ofSeconds(Long.MAX_VALUE / 4);
    }
    Duration left = budget.minus(elapsed());
    return left.isNegative() ? Duration.ZERO : left;
  }

  public boolean passed() {
    return bounded() && remaining().isZero();
  }

  /** Whether {@code seconds} more work would still end before the deadline. */
  public boolean allows(double seconds) {
    return !bounded() || seconds * 1e9 <= remaining().toNanos();
  }
}
