package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Checks a card's metadata against the rules the Hugging Face Hub documents for model cards (the
 * annotated {@code modelcard.md} template of the hub-docs): {@code model-index} is a non-empty list
 * of {@code {name, results}}; each result has a {@code task} with a {@code type}, a {@code dataset}
 * with a {@code type} and a {@code name}, and a non-empty list of {@code metrics} each with a
 * {@code type} and a {@code value}; {@code license: other} needs a {@code license_name} made of
 * lowercase letters, digits, dots and dashes. Keys the format does not define are reported too, so
 * that a typo is not silently ignored. Every problem is reported, not just the first.
 */
public final class ModelIndexValidator {
  private static final Set<String> INDEX_KEYS = Set.of("name", "results");
  private static final Set<String> RESULT_KEYS = Set.of("task", "dataset", "metrics", "source");
  private static final Set<String> TASK_KEYS = Set.of("type", "name");
  private static final Set<String> DATASET_KEYS =
      Set.of("type", "name", "config", "split", "revision", "args");
  private static final Set<String> METRIC_KEYS =
      Set.of("type", "value", "name", "config", "args", "verifyToken", "verified");
  private static final Set<String> SOURCE_KEYS = Set.of("name", "url");

  private ModelIndexValidator() {}

  /** The problems found in the metadata; empty when it is valid. */
  public static List<String> validate(JsonNode meta) {
    List<String> problems = new ArrayList<>();
    if (meta == null || !meta.isObject()) {
      problems.add("the card has no YAML metadata block");
      return problems;
    }
    checkLicense(meta, problems);
    for (String key : List.of("library_name", "pipeline_tag")) {
      optionalString(meta, key, key, problems);
    }
    for (String key : List.of("tags", "datasets", "metrics", "language")) {
      stringOrStrings(meta.get(key), key, problems);
    }
    stringOrStrings(meta.get("base_model"), "base_model", problems);
    JsonNode index = meta.get("model-index");
    if (index == null) {
      return problems;
    }
    if (!index.isArray() || index.isEmpty()) {
      problems.add("model-index: must be a non-empty list");
      return problems;
    }
    for (int i = 0; i < index.size(); i++) {
      checkEntry(index.get(i), "model-index[" + i + "]", problems);
    }
    return problems;
  }

  private static void checkLicense(JsonNode meta, List<String> problems) {
    optionalString(meta, "license", "license", problems);
    if ("other".equals(meta.path("license").asText())) {
      String name = meta.path("license_name").asText("");
      if (!name.matches("[a-z0-9.-]+")) {
        problems.add(
            "license_name: required with license 'other', lowercase letters, digits, '.' and '-'"
                + " only (found '"
                + name
                + "')");
      }
    }
  }

  private static void checkEntry(JsonNode entry, String where, List<String> problems) {
    if (!isMap(entry, where, problems)) {
      return;
    }
    unknownKeys(entry, INDEX_KEYS, where, problems);
    requiredString(entry, "name", where, problems);
    JsonNode results = entry.get("results");
    if (results == null || !results.isArray() || results.isEmpty()) {
      problems.add(where + ".results: required, a non-empty list");
      return;
    }
    for (int r = 0; r < results.size(); r++) {
      checkResult(results.get(r), where + ".results[" + r + "]", problems);
    }
  }

  private static void checkResult(JsonNode result, String where, List<String> problems) {
    if (!isMap(result, where, problems)) {
      return;
    }
    unknownKeys(result, RESULT_KEYS, where, problems);
    JsonNode task = result.get("task");
    if (isMap(task, where + ".task", problems)) {
      unknownKeys(task, TASK_KEYS, where + ".task", problems);
      requiredString(task, "type", where + ".task", problems);
      optionalString(task, "name", where + ".task.name", problems);
    }
    JsonNode dataset = result.get("dataset");
    if (isMap(dataset, where + ".dataset", problems)) {
      unknownKeys(dataset, DATASET_KEYS, where + ".dataset", problems);
      requiredString(dataset, "type", where + ".dataset", problems);
      requiredString(dataset, "name", where + ".dataset", problems);
      for (String key : List.of("config", "split", "revision")) {
        optionalString(dataset, key, where + ".dataset." + key, problems);
      }
    }
    checkMetrics(result.get("metrics"), where + ".metrics", problems);
    JsonNode source = result.get("source");
    if (source != null && isMap(source, where + ".source", problems)) {
      unknownKeys(source, SOURCE_KEYS, where + ".source", problems);
      requiredString(source, "url", where + ".source", problems);
    }
  }

  private static void checkMetrics(JsonNode metrics, String where, List<String> problems) {
    if (metrics == null || !metrics.isArray() || metrics.isEmpty()) {
      problems.add(where + ": required, a non-empty list");
      return;
    }
    for (int m = 0; m < metrics.size(); m++) {
      JsonNode metric = metrics.get(m);
      String at = where + "[" + m + "]";
      if (!isMap(metric, at, problems)) {
        continue;
      }
      unknownKeys(metric, METRIC_KEYS, at, problems);
      requiredString(metric, "type", at, problems);
      JsonNode value = metric.get("value");
      if (value == null || value.isNull() || !(value.isNumber() || value.isTextual())) {
        problems.add(at + ".value: required, a number or a string");
      } else if (value.isNumber() && !Double.isFinite(value.doubleValue())) {
        problems.add(at + ".value: not a finite number");
      }
      optionalString(metric, "name", at + ".name", problems);
      optionalString(metric, "config", at + ".config", problems);
    }
  }

  private static boolean isMap(JsonNode node, String where, List<String> problems) {
    if (node == null || !node.isObject()) {
      problems.add(where + ": required, a mapping");
      return false;
    }
    return true;
  }

  private static void requiredString(
      JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      problems.add(where + "." + key + ": required, a non-empty string");
    }
  }

  private static void optionalString(
      JsonNode node, String key, String where, List<String> problems) {
    JsonNode value = node.get(key);
    if (value != null && !value.isTextual()) {
      problems.add(where + ": must be a string");
    }
  }

  private static void stringOrStrings(JsonNode value, String where, List<String> problems) {
    if (value == null || value.isTextual()) {
      return;
    }
    if (!value.isArray()) {
      problems.add(where + ": must be a string or a list of strings");
      return;
    }
    for (JsonNode item : value) {
      if (!item.isTextual()) {
        problems.add(where + ": must be a list of strings (found " + item.getNodeType() + ")");
      }
    }
  }

  private static void unknownKeys(
      JsonNode node, Set<String> allowed, String where, List<String> problems) {
    for (Iterator<String> keys = node.fieldNames(); keys.hasNext(); ) {
      String key = keys.next();
      if (!allowed.contains(key)) {
        problems.add(where + "." + key + ": not a key of the model-index format");
      }
    }
  }
}
