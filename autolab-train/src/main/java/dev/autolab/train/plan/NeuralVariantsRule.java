package dev.autolab.train.plan;

import java.util.Locale;

/**
 * Each neural candidate gets a twin with three times its learning rate, and the race's successive
 * halving keeps whichever learns better after its first rung: the rate is the setting a network's
 * result depends on most, and the right one differs with the data (a rate that suits one table
 * stalls or diverges on another). Three times, not ten: Adam's default 1e-3 is sound on most data,
 * so the search looks one step above it, where a network with batch norm or a small data set often
 * does better. Runs last, so the twin has every other setting of its base. A rate fixed with {@code
 * --set learning_rate=...} gets no twin.
 */
final class NeuralVariantsRule implements PlanRule {
  static final double FACTOR = 3;

  /** The learning rate the neural families use when nothing sets one. */
  static final double DEFAULT_RATE = 1e-3;

  @Override
  public String name() {
    return "neural-variants";
  }

  @Override
  public void apply(PlanDraft draft) {
    if (draft.overrides.containsKey("learning_rate")) {
      return;
    }
    for (String name : draft.families()) {
      if (!NeuralOverridesRule.NEURAL_FAMILIES.contains(name)) {
        continue;
      }
      Object set = draft.param(name, "learning_rate");
      double base = set instanceof Number n ? n.doubleValue() : DEFAULT_RATE;
      double rate = base * FACTOR;
      draft.addVariant(
          name,
          name + "-fast",
          "learning_rate",
          rate,
          reason(
              String.format(
                  Locale.ROOT,
                  "a twin of %s with learning rate %s (%.0f times %s); successive halving keeps"
                      + " the better learner after the first rung",
                  name,
                  rate,
                  FACTOR,
                  base)));
    }
  }
}
