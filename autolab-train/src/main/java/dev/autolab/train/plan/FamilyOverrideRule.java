package dev.autolab.train.plan;

import dev.autolab.core.BadInputException;
import dev.autolab.train.Families;
import dev.autolab.train.Trainer;
import java.util.Map;

/**
 * {@code --set family=NAME} keeps only that family: a user's fixed choice beats the rules. An
 * unknown name, or a family that cannot read this data, is bad input.
 */
final class FamilyOverrideRule implements PlanRule {
  /** The {@code --set} key this rule reads. */
  static final String KEY = "family";

  @Override
  public String name() {
    return "override-family";
  }

  @Override
  public void apply(PlanDraft draft) {
    String family = draft.overrides.get(KEY);
    if (family == null) {
      return;
    }
    family = family.trim();
    if (!Families.names().contains(family)) {
      throw Families.unknown(family);
    }
    Trainer trainer = Families.trainer(family, Map.of());
    if (!trainer.supports(draft.schema)) {
      throw new BadInputException(
          "family '"
              + family
              + "' cannot learn a "
              + draft.schema.task().id()
              + " task from these columns; drop --set family or pick another of "
              + String.join(", ", Families.names()));
    }
    boolean planned = draft.has(family);
    draft.removeAllBut(family);
    draft.add(family, reason("--set family=" + family + " fixes the family"));
    if (!planned) {
      // The rules did not pick it, so give it the settings they would have given it.
      new TaskLossRule().apply(draft);
      new SearchSpaceRule().apply(draft);
      new DataSizeRule().apply(draft);
      new ClassWeightsRule().apply(draft);
      new RefitRule().apply(draft);
    }
  }
}
