package dev.autolab.train.plan;

import dev.autolab.train.Families;
import java.util.Map;
import java.util.Set;

/**
 * {@code --set key=value} for a hyperparameter fixes it in every candidate that has it: {@code
 * learning_rate} is XGBoost's eta. The neural-network keys ({@code batch_size}, {@code epochs},
 * {@code dropout}, {@code weight_decay}) are noted as unused when no neural candidate is planned.
 * {@code learning_rate_decay=false} keeps XGBoost's rate fixed between rounds; {@code nthread}
 * fixes XGBoost's thread count, which the machine rule chooses otherwise; {@code
 * successive_halving=false} trains each of XGBoost's settings in full instead of racing them.
 */
final class ValueOverridesRule implements PlanRule {
  private static final Set<String> NEURAL_ONLY =
      Set.of("batch_size", "epochs", "dropout", "weight_decay");

  /** The {@code --set} keys this rule reads (besides noting {@link #NEURAL_ONLY} as unused). */
  static final Set<String> KEYS =
      Set.of("learning_rate", "nthread", "learning_rate_decay", "successive_halving");

  @Override
  public String name() {
    return "override-values";
  }

  @Override
  public void apply(PlanDraft draft) {
    for (Map.Entry<String, String> entry : draft.overrides.entrySet()) {
      String key = entry.getKey();
      String value = entry.getValue();
      if (key.equals("learning_rate")) {
        draft.set(
            Families.XGBOOST,
            "learning_rate",
            parse(key, value),
            reason("--set learning_rate=" + value + " fixes XGBoost's learning rate"));
      } else if (key.equals("nthread")) {
        double threads = parse(key, value);
        if (threads < 1 || threads != Math.rint(threads)) {
          throw new dev.autolab.core.BadInputException(
              "--set nthread="
                  + value
                  + ": the value must be a whole number of threads, 1 or more");
        }
        draft.set(
            Families.XGBOOST,
            "nthread",
            (int) threads,
            reason(
                "--set nthread="
                    + value
                    + " fixes XGBoost's threads (a race still keeps each trial to its share of the"
                    + " cores)"));
      } else if (key.equals("learning_rate_decay")) {
        xgboostFlag(
            draft,
            key,
            value,
            "XGBoost halves its learning rate when validation stalls",
            "XGBoost keeps its learning rate fixed");
      } else if (key.equals("successive_halving")) {
        xgboostFlag(
            draft,
            key,
            value,
            "XGBoost's settings race in rungs, the weaker stopped early",
            "XGBoost trains every setting in full");
      } else if (NEURAL_ONLY.contains(key) && !NeuralOverridesRule.anyNeural(draft)) {
        draft.noteAll(
            reason(
                "--set "
                    + key
                    + "="
                    + value
                    + " is for neural networks; no candidate here uses it"));
      }
    }
  }

  /** Sets XGBoost's true/false setting {@code key}, with what either value means. */
  private void xgboostFlag(
      PlanDraft draft, String key, String value, String whenTrue, String whenFalse) {
    boolean on = flag(key, value);
    draft.set(
        Families.XGBOOST,
        key,
        on,
        reason("--set " + key + "=" + value + ": " + (on ? whenTrue : whenFalse)));
  }

  /** {@code --set key=value} read as true or false; anything else is bad input naming both. */
  static boolean flag(String key, String value) {
    String v = value.trim().toLowerCase(java.util.Locale.ROOT);
    if (!v.equals("true") && !v.equals("false")) {
      throw new dev.autolab.core.BadInputException(
          "--set " + key + "=" + value + ": the value must be true or false");
    }
    return v.equals("true");
  }

  private static double parse(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new dev.autolab.core.BadInputException(
          "--set " + key + "=" + value + ": the value must be a number");
    }
  }
}
