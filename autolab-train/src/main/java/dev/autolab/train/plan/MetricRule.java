package dev.autolab.train.plan;

import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.util.List;

/**
 * The target metric ({@code --metric}) is the selection criterion of every choice validation makes
 * (settings, race rungs, the winner), and decides the loss weighting. Accuracy and log loss count
 * every row alike: weighting the rare classes up would trade common-class hits for rare ones and
 * distort the probabilities, so only unweighted losses are tried. Macro-F1 counts every class alike
 * and keeps the weighted options {@link ClassWeightsRule} offers.
 */
final class MetricRule implements PlanRule {
  @Override
  public String name() {
    return "metric";
  }

  @Override
  public void apply(PlanDraft draft) {
    Metric metric = draft.metric;
    draft.noteAll(
        reason(
            "selection criterion: validation "
                + metric.id()
                + (metric.higherIsBetter() ? " (higher is better)" : " (lower is better)")));
    if (draft.schema.task() != Task.CLASSIFICATION) {
      return;
    }
    boolean rowsAlike = metric == Metric.ACCURACY || metric == Metric.LOG_LOSS;
    for (String family : draft.families()) {
      if (rowsAlike) {
        draft.set(
            family,
            "class_weights",
            List.of("none"),
            reason(
                metric.id()
                    + " counts every row alike: unweighted loss only, weighting rare classes up"
                    + " would cost common-class hits"));
      } else if (!NeuralOverridesRule.NEURAL_FAMILIES.contains(family)) {
        // A network trains once, with the weighting the class-weights rule gave it.
        draft.add(
            family,
            reason(
                metric.id()
                    + " weighs classes by how it counts them: the class weightings offered are"
                    + " kept and validation chooses"));
      }
    }
  }
}
