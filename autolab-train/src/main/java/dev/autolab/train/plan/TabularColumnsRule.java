package dev.autolab.train.plan;

import dev.autolab.train.Families;

/**
 * Without a text model, numeric and categorical columns go to gradient-boosted trees (usually the
 * strongest on tables) and to a regularised linear model (a fast baseline that wins on small or
 * nearly linear data); the race decides between them on validation.
 */
final class TabularColumnsRule implements PlanRule {
  @Override
  public String name() {
    return "tabular-columns";
  }

  @Override
  public void apply(PlanDraft draft) {
    boolean tabular = draft.schema.hasTabularFeatures();
    if (!draft.families().isEmpty() || !tabular) {
      return;
    }
    draft.add(
        Families.XGBOOST,
        reason(
            "numeric/categorical columns and no text: gradient-boosted trees are the usual strongest choice on tables"));
    draft.add(
        Families.LINEAR,
        reason("a regularised linear model is the fast baseline the trees must beat"));
  }
}
