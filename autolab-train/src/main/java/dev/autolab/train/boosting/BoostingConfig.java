package dev.autolab.train.boosting;

import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.model.RatePairs;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One XGBoost configuration.
 *
 * @param maxDepth the deepest a tree may grow
 * @param minChildWeight the least hessian (about: rows) a leaf may hold
 * @param weighting how rows of rare classes are weighted up
 * @param rounds boosting rounds; 0 means "choose by early stopping on validation"
 * @param rateSchedule learning-rate changes between rounds, {@code round:rate} pairs ("" for none)
 */
public record BoostingConfig(
    int maxDepth,
    double minChildWeight,
    ClassWeighting weighting,
    int rounds,
    String rateSchedule) {

  public BoostingConfig {
    rateSchedule = rateSchedule == null ? "" : rateSchedule;
  }

  /** A configuration with the learning rate fixed for every round. */
  public BoostingConfig(int maxDepth, double minChildWeight, ClassWeighting weighting, int rounds) {
    this(maxDepth, minChildWeight, weighting, rounds, "");
  }

  /** This configuration with a chosen number of rounds. */
  public BoostingConfig withRounds(int chosenRounds) {
    return new BoostingConfig(maxDepth, minChildWeight, weighting, chosenRounds, rateSchedule);
  }

  /**
   * This configuration with the learning-rate changes a validated training made ({@code round:rate}
   * pairs, see {@link Boosting.RateChange#format}), so that training again replays them.
   */
  public BoostingConfig withRateSchedule(String schedule) {
    return new BoostingConfig(maxDepth, minChildWeight, weighting, rounds, schedule);
  }

  /** The hyperparameter entries that fix this configuration. */
  public Map<String, Object> toParams() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("max_depth", maxDepth);
    params.put("min_child_weight", minChildWeight);
    params.put("class_weight", weighting.id());
    params.put("rounds", rounds);
    if (!rateSchedule.isEmpty()) {
      params.put(RatePairs.KEY, rateSchedule);
    }
    return params;
  }

  /** A short label for journals, e.g. {@code depth=4 mcw=1 sqrt_balanced}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "depth=%d mcw=%s%s%s",
        maxDepth,
        minChildWeight,
        weighting == ClassWeighting.NONE ? "" : " " + weighting.id(),
        rounds > 0 ? " rounds=" + rounds : "");
  }
}
