package dev.autolab.train.plan;

import dev.autolab.train.Families;

/**
 * Numeric and categorical columns without text also get a multi-layer perceptron when the neural
 * families are installed: on smooth, many-row tables it can beat trees, and it is the network the
 * supervisor and later stages (transfer, quantization) work on; the race keeps it only if it wins
 * on validation. Absent the neural module, nothing changes.
 */
final class NeuralCandidatesRule implements PlanRule {
  static final String MLP = "mlp";

  @Override
  public String name() {
    return "neural-candidates";
  }

  @Override
  public void apply(PlanDraft draft) {
    boolean tabularOnly =
        draft.schema.hasTabularFeatures()
            && draft.has(Families.XGBOOST)
            && draft.has(Families.LINEAR);
    if (tabularOnly && Families.names().contains(MLP)) {
      draft.add(
          MLP,
          reason(
              "numeric/categorical columns: an MLP on standardized and one-hot features races the"
                  + " trees, early-stopped on validation"));
    }
  }
}
