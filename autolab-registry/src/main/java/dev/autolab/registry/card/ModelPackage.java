package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.registry.RunFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes a run's {@code model/} folder into a Hugging Face model-repo layout: the generated card
 * ({@code README.md}), {@code config.json} (what the model reads and answers, in the Hub's {@code
 * id2label}/{@code label2id} convention) and {@code labels.json}, beside the model files and {@code
 * provenance.json} that training wrote. The card is checked against the model-index rules before it
 * is written.
 */
public final class ModelPackage {
  private ModelPackage() {}

  /** Writes the card and the config files into {@code run}'s model folder; returns the card. */
  public static String complete(RunFolder run, String name, String license) {
    String card = ModelCard.generate(run, name, license);
    List<String> problems = ModelIndexValidator.validate(ModelCard.frontMatter(card));
    if (!problems.isEmpty()) {
      throw new BadInputException("the generated card is not valid: " + problems);
    }
    try {
      Files.writeString(run.modelDir().resolve("README.md"), card, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the card in " + run.modelDir(), e);
    }
    JsonNode schema = run.model().path("schema");
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("schemaVersion", 1);
    config.put("library_name", "autolab");
    config.put("model_type", run.family());
    config.put("task", run.task());
    config.put("target", schema.path("target").asText());
    config.put("features", schema.path("features"));
    Map<String, String> id2label = new LinkedHashMap<>();
    Map<String, Integer> label2id = new LinkedHashMap<>();
    int i = 0;
    for (JsonNode label : schema.path("classes")) {
      id2label.put(String.valueOf(i), label.asText());
      label2id.put(label.asText(), i++);
    }
    if (!id2label.isEmpty()) {
      config.put("id2label", id2label);
      config.put("label2id", label2id);
      Json.write(run.modelDir().resolve("labels.json"), id2label.values());
    }
    config.put("headline_metric", run.headlineMetric());
    config.put("run", run.runId());
    Json.write(run.modelDir().resolve("config.json"), config);
    return card;
  }
}
