package dev.autolab.registry.card;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ModelIndexValidatorTest {
  private static JsonNode meta(String yaml) {
    return ModelCard.frontMatter("---\n" + yaml + "---\n\n# card\n");
  }

  private static final String VALID =
      "license: other\n"
          + "license_name: my-license-1.0\n"
          + "tags: [a, b]\n"
          + "model-index:\n"
          + "- name: m\n"
          + "  results:\n"
          + "  - task: {type: text-classification, name: Text Classification}\n"
          + "    dataset: {type: spam, name: Spam, split: test}\n"
          + "    metrics:\n"
          + "    - {type: accuracy, value: 0.9, name: accuracy}\n"
          + "    - {type: f1, value: '0.8 ± 0.1', args: {average: macro}}\n";

  @Test
  void aDocumentedExampleIsValid() {
    assertThat(ModelIndexValidator.validate(meta(VALID))).isEmpty();
  }

  @Test
  void everyMissingRequiredFieldIsReported() {
    String broken =
        "license: other\n"
            + "model-index:\n"
            + "- results:\n"
            + "  - task: {name: x}\n"
            + "    dataset: {name: Spam}\n"
            + "    metrics:\n"
            + "    - {type: accuracy}\n"
            + "    - {value: 0.5, colour: red}\n";
    assertThat(ModelIndexValidator.validate(meta(broken)))
        .containsExactlyInAnyOrder(
            "license_name: required with license 'other', lowercase letters, digits, '.' and '-'"
                + " only (found '')",
            "model-index[0].name: required, a non-empty string",
            "model-index[0].results[0].task.type: required, a non-empty string",
            "model-index[0].results[0].dataset.type: required, a non-empty string",
            "model-index[0].results[0].metrics[0].value: required, a number or a string",
            "model-index[0].results[0].metrics[1].colour: not a key of the model-index format",
            "model-index[0].results[0].metrics[1].type: required, a non-empty string");
  }

  @Test
  void structuralMistakesAreReported() {
    assertThat(ModelIndexValidator.validate(meta("model-index: {name: m}\n")))
        .containsExactly("model-index: must be a non-empty list");
    assertThat(
            ModelIndexValidator.validate(
                meta("tags: [1, x]\nmodel-index:\n- name: m\n  results: []\n")))
        .containsExactlyInAnyOrder(
            "tags: must be a list of strings (found NUMBER)",
            "model-index[0].results: required, a non-empty list");
  }
}
