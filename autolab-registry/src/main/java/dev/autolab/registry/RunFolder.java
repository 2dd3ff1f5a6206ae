package dev.autolab.registry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A finished run directory as the publish stage reads it, through the run-directory contract:
 * {@code run.json}, {@code evaluation.json}, {@code plan.json}, {@code journal.jsonl}, {@code
 * model/} and, when the export stage ran, {@code exports.json}. Files are read as JSON trees
 * because the publish stage documents what is there rather than re-typing every stage's records.
 */
public record RunFolder(
    Path dir,
    JsonNode run,
    JsonNode evaluation,
    JsonNode plan,
    List<JsonNode> journal,
    JsonNode model,
    JsonNode exports) {

  /** Reads a run directory; a folder that is not a finished, evaluated run is bad input. */
  public static RunFolder read(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    for (String required : List.of("run.json", "evaluation.json", "model/model.json")) {
      if (!Files.isRegularFile(abs.resolve(required))) {
        throw new BadInputException(
            abs + " is not an evaluated run: " + required + " is missing (run 'autolab train')");
      }
    }
    return new RunFolder(
        abs,
        tree(abs.resolve("run.json")),
        tree(abs.resolve("evaluation.json")),
        optionalTree(abs.resolve("plan.json")),
        journal(abs.resolve("journal.jsonl")),
        tree(abs.resolve("model/model.json")),
        optionalTree(abs.resolve("exports.json")));
  }

  public Path modelDir() {
    return dir.resolve("model");
  }

  public String runId() {
    return run.path("id").asText();
  }

  public String family() {
    return model.path("family").asText();
  }

  public String task() {
    return evaluation.path("task").asText();
  }

  /** The selection metric of the run, which is also the headline metric of its versions. */
  public String headlineMetric() {
    String metric = run.at("/config/metric").asText("");
    return metric.isEmpty() || metric.equals("null")
        ? (task().equals("regression") ? "rmse" : "macro_f1")
        : metric;
  }

  public String dataFingerprint() {
    return run.at("/data/fingerprint").asText(null);
  }

  public boolean hasExports() {
    return !exports.isMissingNode();
  }

  private static JsonNode tree(Path file) {
    try {
      return Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInputException(file + " is not readable JSON: " + e.getMessage(), e);
    }
  }

  private static JsonNode optionalTree(Path file) {
    return Files.isRegularFile(file) ? tree(file) : MissingNode.getInstance();
  }

  private static List<JsonNode> journal(Path file) {
    List<JsonNode> events = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return events;
    }
    try {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (!line.isBlank()) {
          events.add(Json.mapper().readTree(line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return events;
  }
}
