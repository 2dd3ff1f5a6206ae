package dev.autolab.cli.export;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a run's prepared split ({@code data/splits/NAME.jsonl}: cleaned values) back as rows. */
final class SplitRows {
  private SplitRows() {}

  static List<Row> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          file
              + " not found: export measures the variants on the run's test split; pass the"
              + " model/ folder of a run");
    }
    List<Row> rows = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      long number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode object = Json.mapper().readTree(line);
        Map<String, String> values = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          values.put(field.getKey(), field.getValue().isNull() ? null : field.getValue().asText());
        }
        rows.add(new Row(file.toString(), number, values));
      }
    } catch (IOException e) {
      throw new BadInputException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return rows;
  }
}
