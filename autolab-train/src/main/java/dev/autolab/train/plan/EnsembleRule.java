package dev.autolab.train.plan;

/**
 * Whether a candidate may join the weighted ensemble the race builds from its trials once they are
 * scored (greedy selection on validation, kept only when the blend scores above the best trial
 * alone). Models that err differently average their errors away: a TF-IDF linear model and a MiniLM
 * network on text, boosted trees and a linear model on a table. When the user forces a family, the
 * run delivers that family alone; {@code --set ensemble=false} turns blending off.
 */
final class EnsembleRule implements PlanRule {
  /** The {@code --set} key this rule reads. */
  static final String KEY = "ensemble";

  @Override
  public String name() {
    return "ensemble";
  }

  @Override
  public void apply(PlanDraft draft) {
    String asked = draft.overrides.get(KEY);
    String forcedFamily = draft.overrides.get(FamilyOverrideRule.KEY);
    for (String family : draft.families()) {
      if (asked != null) {
        draft.set(
            family,
            KEY,
            ValueOverridesRule.flag(KEY, asked),
            reason("--set ensemble=" + asked + " fixes it"));
      } else if (forcedFamily != null) {
        draft.set(
            family,
            KEY,
            false,
            reason("--set family=" + forcedFamily + " asks for that family alone, not a blend"));
      } else {
        draft.set(
            family,
            KEY,
            true,
            reason(
                "may join the weighted ensemble of the race's trials, kept only when it scores"
                    + " above the best trial alone on validation"));
      }
    }
  }
}
