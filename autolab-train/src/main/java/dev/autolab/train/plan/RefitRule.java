package dev.autolab.train.plan;

import dev.autolab.train.supervise.Supervisor;
import java.util.Locale;

/**
 * Once validation has chosen a candidate and its settings, the model is fitted once more on the
 * training and validation rows together with those settings fixed: more data, same choices (the
 * common last step of model selection). Its validation score is then no longer held out, so the
 * race reports the score of the model fitted on training rows alone.
 *
 * <p>Above {@link #LARGE_TRAIN_ROWS} training rows the refit is left out: the validation rows add
 * about a ninth more data, which moves a large set's test metric little, while a second fit costs
 * as much as the first (a CNN on 53,000 images: ten more minutes on two cores).
 *
 * <p>Neural networks are not refitted either: their model is the checkpoint validation chose among
 * the epochs, and a refit for the same epoch count cannot choose again. A network's validation
 * curve over a few epochs is noisy, so the refit lands on a worse point as often as a better one,
 * and the supervisor's mid-run rate changes are not replayed step for step (measured in
 * bench/RESULTS.md: minilm-mlp on spam at the default seed, 0.9846 test macro-F1 as chosen against
 * 0.9788 refitted; the mlp on seattle-weather over five seeds, 0.44-0.45 against 0.10-0.34). {@code
 * --set refit=true} asks for a refit anyway, for any family. One exception the other way: a network
 * the supervisor had to roll back from a divergence is trained afresh ({@link #AFTER_RESCUE}): its
 * weights went through the diverging steps, and a fresh run with the rates that worked does better
 * (bench/RESULTS.md: the cnn at learning rate 1.0, 0.7683 delivered from its rolled-back weights
 * against 0.8311 trained afresh, 0.8316 for the healthy run).
 */
final class RefitRule implements PlanRule {
  @Override
  public String name() {
    return "refit";
  }

  static final int LARGE_TRAIN_ROWS = 20_000;

  /** The {@code --set} key this rule reads. */
  static final String KEY = "refit";

  /** See {@link Supervisor#REFIT_AFTER_RESCUE}. */
  static final String AFTER_RESCUE = Supervisor.REFIT_AFTER_RESCUE;

  @Override
  public void apply(PlanDraft draft) {
    String asked = draft.overrides.get(KEY);
    if (asked != null) {
      boolean refit = ValueOverridesRule.flag(KEY, asked);
      for (String family : draft.families()) {
        draft.set(family, "refit", refit, reason("--set refit=" + asked + " fixes it"));
        if (NeuralOverridesRule.NEURAL_FAMILIES.contains(family)) {
          draft.set(family, AFTER_RESCUE, false, reason("--set refit=" + asked + " fixes it"));
        }
      }
      return;
    }
    boolean large = draft.trainRows > LARGE_TRAIN_ROWS;
    for (String family : draft.families()) {
      if (NeuralOverridesRule.NEURAL_FAMILIES.contains(family)) {
        draft.set(
            family,
            "refit",
            false,
            reason(
                "a network is delivered as the checkpoint validation chose: a refit on"
                    + " train+valid for the same epochs cannot choose again"));
        draft.set(
            family,
            AFTER_RESCUE,
            !large,
            reason(
                large
                    ? "not even after the supervisor rescues it from a divergence: a second fit"
                        + " of this many rows would cost as much as the first"
                    : "unless the supervisor rescued it from a divergence: then it is trained"
                        + " afresh on train+valid with the rates that worked, since its rolled-back"
                        + " weights went through the diverging steps"));
      } else if (large) {
        draft.set(
            family,
            "refit",
            false,
            reason(
                String.format(
                    Locale.ROOT,
                    "%,d training rows (over %,d): the winner is not refitted on train+valid, a"
                        + " second fit would cost as much as the first for a ninth more data",
                    draft.trainRows,
                    LARGE_TRAIN_ROWS)));
      } else {
        draft.set(
            family,
            "refit",
            true,
            reason("the winner is refitted on train+valid with its chosen settings"));
      }
    }
  }
}
