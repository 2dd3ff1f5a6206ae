package dev.autolab.neural.loop;

import dev.autolab.core.BadInputException;
import dev.autolab.train.model.RatePairs;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The base learning rate epoch by epoch, as a network's settings keep it ({@code
 * learning_rate_schedule}: {@code epoch:rate} pairs, 0-based, each rate holding until the next
 * pair, e.g. {@code 0:0.003,12:0.0009}), so that a fixed-length run (a refit, out-of-fold fits, the
 * learning curve) replays the rates the supervisor and early stopping set instead of training every
 * epoch at the last one. XGBoost's settings keep their rate changes by round the same way.
 */
public final class RateSchedule {
  private final double[] rates;

  private RateSchedule(double[] rates) {
    this.rates = rates;
  }

  /** The schedule of these per-epoch rates (one per epoch, at least one). */
  static RateSchedule of(List<Double> perEpoch) {
    if (perEpoch.isEmpty()) {
      throw new IllegalArgumentException("a schedule needs at least one epoch");
    }
    return new RateSchedule(perEpoch.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** The rate of epoch {@code epoch} (0-based); the last epoch's rate beyond the schedule. */
  public double rateAt(int epoch) {
    return rates[Math.min(epoch, rates.length - 1)];
  }

  /** Whether the rate changes at some epoch. */
  public boolean varies() {
    for (double rate : rates) {
      if (rate != rates[0]) {
        return true;
      }
    }
    return false;
  }

  /** The schedule as its setting: the epochs where the rate changes, with the new rate. */
  public String format() {
    List<RatePairs.Pair> changes = new ArrayList<>();
    for (int e = 0; e < rates.length; e++) {
      if (e == 0 || rates[e] != rates[e - 1]) {
        changes.add(new RatePairs.Pair(e, rates[e]));
      }
    }
    return RatePairs.format(changes);
  }

  /**
   * Reads {@link #format()}'s text.
   *
   * @throws BadInputException naming the pair that is not {@code epoch:rate}, a rate that is not
   *     positive, or epochs out of order
   */
  public static RateSchedule parse(String text) {
    List<Double> perEpoch = new ArrayList<>();
    for (RatePairs.Pair pair : RatePairs.parse(text, "epoch", "12:0.0009")) {
      if (!(pair.rate() > 0) || !Double.isFinite(pair.rate())) {
        throw bad(text, "rate " + pair.rate() + " at epoch " + pair.at() + " is not positive");
      }
      if (perEpoch.isEmpty() ? pair.at() != 0 : pair.at() < perEpoch.size()) {
        throw bad(text, "epochs must start at 0 and increase");
      }
      while (perEpoch.size() < pair.at()) {
        perEpoch.add(perEpoch.get(perEpoch.size() - 1));
      }
      perEpoch.add(pair.rate());
    }
    if (perEpoch.isEmpty()) {
      throw bad(text, "no epoch:rate pair");
    }
    return of(perEpoch);
  }

  private static BadInputException bad(String text, String why) {
    return new BadInputException(
        String.format(Locale.ROOT, "%s '%s': %s", RatePairs.KEY, text, why));
  }
}
