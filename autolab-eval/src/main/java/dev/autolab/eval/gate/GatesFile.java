package dev.autolab.eval.gate;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Reads a gates file: YAML whose keys override the defaults one by one ({@code key: null} turns a
 * gate off). Every unknown key and wrong value is reported at once.
 */
public final class GatesFile {
  private static final YAMLMapper YAML = new YAMLMapper();

  private GatesFile() {}

  /** The gates of {@code file}, or the defaults when it is {@code null}. */
  public static GateSpec read(Path file) {
    if (file == null) {
      return GateSpec.defaults();
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException("--gates " + file + ": no such file");
    }
    JsonNode tree;
    try {
      tree = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInputException(
          "--gates " + file + ": not valid YAML (" + firstLine(e.getMessage()) + ")", e);
    }
    if (tree == null || tree.isMissingNode() || tree.isNull()) {
      return GateSpec.defaults();
    }
    if (!tree.isObject()) {
      throw new BadInputException("--gates " + file + ": expected 'key: value' lines at the top");
    }
    return overlay(file, (ObjectNode) tree);
  }

  private static GateSpec overlay(Path file, ObjectNode given) {
    ObjectNode merged = Json.mapper().valueToTree(GateSpec.defaults());
    List<String> known = knownKeys();
    List<String> errors = new ArrayList<>();
    Iterator<String> names = given.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!known.contains(name)) {
        errors.add("unknown key '" + name + "'");
        continue;
      }
      JsonNode value = given.get(name);
      boolean text = name.equals("production");
      if (!value.isNull() && (text ? !value.isTextual() : !value.isNumber())) {
        errors.add(name + " must be " + (text ? "a file path" : "a number") + " or null");
        continue;
      }
      merged.set(name, value);
    }
    if (!errors.isEmpty()) {
      throw new BadInputException(
          "--gates "
              + file
              + ": "
              + String.join("; ", errors)
              + " (known keys: "
              + String.join(", ", known)
              + ")");
    }
    try {
      return Json.mapper().treeToValue(merged, GateSpec.class);
    } catch (IOException e) {
      throw new BadInputException("--gates " + file + ": " + firstLine(e.getMessage()), e);
    }
  }

  /** The file's keys: the JSON names of {@link GateSpec}'s components, off-by-default ones too. */
  static List<String> knownKeys() {
    List<String> keys = new ArrayList<>();
    for (RecordComponent component : GateSpec.class.getRecordComponents()) {
      JsonProperty name = component.getAccessor().getAnnotation(JsonProperty.class);
      keys.add(name == null ? component.getName() : name.value());
    }
    return keys;
  }

  private static String firstLine(String message) {
    return message == null ? "" : message.lines().findFirst().orElse("");
  }
}
