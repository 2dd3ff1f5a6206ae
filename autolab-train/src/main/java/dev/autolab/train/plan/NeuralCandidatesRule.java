package dev.autolab.train.plan;

import dev.autolab.core.ColumnType;
import dev.autolab.core.Task;
import dev.autolab.train.Families;

/**
 * Numeric and categorical columns without text also get a multi-layer perceptron when the neural
 * families are installed: on smooth, many-row tables it can beat trees, and it is the network the
 * supervisor and later stages (transfer, quantization) work on; the race keeps it only if it wins
 * on validation. Image columns get the {@code cnn} (the only family that reads pixels). Text gets
 * {@code minilm-mlp} when the race has a time budget (without one, its first encoding would hold
 * the run for minutes of a CPU's time before any result). Absent the neural module, nothing
 * changes.
 */
final class NeuralCandidatesRule implements PlanRule {
  static final String MLP = "mlp";
  static final String CNN = "cnn";
  static final String MINILM_MLP = "minilm-mlp";

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
    boolean text = !draft.schema.featuresOfType(ColumnType.TEXT).isEmpty();
    if (text
        && draft.schema.task() == Task.CLASSIFICATION
        && draft.budget != null
        && Families.names().contains(MINILM_MLP)) {
      draft.add(
          MINILM_MLP,
          reason(
              "text column and a time budget: sentences through the pretrained MiniLM encoder into"
                  + " an MLP race the TF-IDF model. Encoding takes minutes per few thousand texts on"
                  + " a CPU; the budget stops it at the deadline and the vectors done are cached,"
                  + " so a later run goes on from there"));
    }
    boolean images = !draft.schema.featuresOfType(ColumnType.IMAGE).isEmpty();
    if (images && draft.schema.task() == Task.CLASSIFICATION && Families.names().contains(CNN)) {
      draft.add(CNN, reason("image column: a small convolutional network learns from the pixels"));
    }
  }
}
