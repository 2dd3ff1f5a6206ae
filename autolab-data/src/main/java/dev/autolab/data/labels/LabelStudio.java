package dev.autolab.data.labels;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Label Studio side of label review. Export: one task per suspect row, its data the row's text
 * (or its values, for tables) and name, with the current label as a prediction so that a reviewer
 * confirms or changes it with one click; and the labelling configuration (a single-choice
 * classification) to create the project with. Import: a Label Studio JSON export read back as row
 * name to reviewed label.
 */
public final class LabelStudio {
  static final String MODEL_VERSION = "autolab-confident-learning";

  private LabelStudio() {}

  /** The import file: a JSON array of tasks. */
  public static ArrayNode tasks(
      DatasetSchema schema, List<LabelIssue> issues, Map<String, Row> rowsByName) {
    ArrayNode tasks = Json.mapper().createArrayNode();
    for (LabelIssue issue : issues) {
      ObjectNode task = tasks.addObject();
      ObjectNode data = task.putObject("data");
      data.put("text", text(schema, rowsByName.get(issue.row())));
      data.put("row", issue.row());
      data.put("given", issue.given());
      data.put("suggested", issue.suggested());
      ObjectNode prediction = task.putArray("predictions").addObject();
      prediction.put("model_version", MODEL_VERSION);
      prediction.put("score", issue.selfConfidence());
      ObjectNode result = prediction.putArray("result").addObject();
      result.put("from_name", "label");
      result.put("to_name", "text");
      result.put("type", "choices");
      result.putObject("value").putArray("choices").add(issue.given());
    }
    return tasks;
  }

  /** The labelling interface for the project. */
  public static String config(List<String> classes) {
    StringBuilder xml = new StringBuilder("<View>\n  <Text name=\"text\" value=\"$text\"/>\n");
    xml.append(
        "  <Choices name=\"label\" toName=\"text\" choice=\"single\" showInline=\"true\">\n");
    for (String c : classes) {
      xml.append("    <Choice value=\"").append(escape(c)).append("\"/>\n");
    }
    return xml.append("  </Choices>\n</View>\n").toString();
  }

  /**
   * Reads a Label Studio JSON export: each task's {@code data.row} and the first choice of its
   * latest annotation that was not cancelled. Tasks without one are skipped.
   */
  public static Map<String, String> reviewed(Path export) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(export.toFile());
    } catch (IOException e) {
      throw new BadInputException(
          "--apply-review: cannot read "
              + export
              + " as JSON: "
              + e.getMessage()
              + "; export the project from Label Studio as JSON");
    }
    if (root == null || !root.isArray()) {
      throw new BadInputException(
          "--apply-review: " + export + " is not a JSON array of tasks: export as JSON");
    }
    Map<String, String> labels = new HashMap<>();
    for (JsonNode task : root) {
      String row = task.path("data").path("row").asText(null);
      String label = label(task.path("annotations"));
      if (row != null && label != null) {
        labels.put(row, label);
      }
    }
    return labels;
  }

  private static String label(JsonNode annotations) {
    String label = null;
    for (JsonNode annotation : annotations) {
      if (annotation.path("was_cancelled").asBoolean(false)) {
        continue;
      }
      for (JsonNode result : annotation.path("result")) {
        JsonNode choices = result.path("value").path("choices");
        if (choices.isArray() && !choices.isEmpty()) {
          label = choices.get(0).asText(); // later annotations win
        }
      }
    }
    return label;
  }

  private static String text(DatasetSchema schema, Row row) {
    if (row == null) {
      return "";
    }
    List<ColumnSchema> texts = schema.featuresOfType(ColumnType.TEXT);
    StringBuilder out = new StringBuilder();
    for (ColumnSchema column : texts.isEmpty() ? schema.features() : texts) {
      String value = row.get(column.name());
      if (!texts.isEmpty()) {
        out.append(value == null ? "" : value).append('\n');
      } else {
        out.append(column.name()).append(": ").append(value).append('\n');
      }
    }
    return out.toString().strip();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
  }
}
