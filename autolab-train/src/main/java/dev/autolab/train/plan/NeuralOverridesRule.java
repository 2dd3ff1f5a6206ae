package dev.autolab.train.plan;

import dev.autolab.core.BadInputException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --set} values for training neural networks ({@code learning_rate}, {@code batch_size},
 * {@code epochs}, {@code max_epochs}, {@code patience}, {@code dropout}, {@code weight_decay}, and
 * the image augmentation's {@code shift} and {@code flip}) are fixed in every neural candidate that
 * reads them.
 */
final class NeuralOverridesRule implements PlanRule {
  /** The neural families, by contract name. */
  static final Set<String> NEURAL_FAMILIES = Set.of("mlp", "minilm-mlp", "cnn");

  /** The {@code --set} keys this rule reads. */
  static final List<String> KEYS =
      List.of(
          "learning_rate",
          "batch_size",
          "epochs",
          "max_epochs",
          "patience",
          "dropout",
          "weight_decay",
          "shift",
          "flip");

  @Override
  public String name() {
    return "override-neural";
  }

  @Override
  public void apply(PlanDraft draft) {
    for (Map.Entry<String, String> entry : draft.overrides.entrySet()) {
      if (!KEYS.contains(entry.getKey())) {
        continue;
      }
      double value = parse(entry.getKey(), entry.getValue());
      for (String family : draft.families()) {
        if (NEURAL_FAMILIES.contains(family)) {
          draft.set(
              family,
              entry.getKey(),
              value,
              reason(
                  "--set " + entry.getKey() + "=" + entry.getValue() + " fixes it for " + family));
        }
      }
    }
  }

  /** Whether any candidate of the draft is a neural network. */
  static boolean anyNeural(PlanDraft draft) {
    return draft.families().stream().anyMatch(NEURAL_FAMILIES::contains);
  }

  private static double parse(String key, String value) {
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new BadInputException("--set " + key + "=" + value + ": the value must be a number");
    }
  }
}
