package dev.autolab.train.plan;

import java.util.List;

/**
 * {@code minilm-mlp} gets a second head to race beside its default one: a single wide layer (256
 * units) with more dropout (0.3). Its inputs are frozen sentence vectors, 768 of them (two token
 * windows side by side) for a few thousand texts at most, where a wide, strongly regularised layer
 * often fits better than the two narrow layers the tabular MLP uses, and sometimes not: the race
 * lets validation decide. Runs after the overrides (a {@code --set dropout} is kept) and before the
 * learning-rate twins, which only the default head gets.
 */
final class MiniLmHeadsRule implements PlanRule {
  static final String WIDE = NeuralCandidatesRule.MINILM_MLP + "-wide";

  @Override
  public String name() {
    return "minilm-heads";
  }

  @Override
  public void apply(PlanDraft draft) {
    String base = NeuralCandidatesRule.MINILM_MLP;
    if (!draft.has(base)) {
      return;
    }
    draft.addVariant(
        base,
        WIDE,
        "hidden",
        List.of(256),
        reason(
            "a second head for the sentence vectors, one layer of 256 where the default has 128"
                + " and 64; the race keeps the one validation prefers"));
    if (!draft.overrides.containsKey("dropout")) {
      draft.set(WIDE, "dropout", 0.3, reason("the wide head drops 0.3 of its units in training"));
    }
  }
}
