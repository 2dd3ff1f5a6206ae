package dev.autolab.train.plan;

/**
 * Once validation has chosen a candidate and its settings, the model is fitted once more on the
 * training and validation rows together with those settings fixed: more data, same choices (the
 * common last step of model selection). Its validation score is then no longer held out, so the
 * race reports the score of the model fitted on training rows alone.
 */
final class RefitRule implements PlanRule {
  @Override
  public String name() {
    return "refit";
  }

  @Override
  public void apply(PlanDraft draft) {
    for (String family : draft.families()) {
      draft.set(
          family,
          "refit",
          true,
          reason("the winner is refitted on train+valid with its chosen settings"));
    }
  }
}
