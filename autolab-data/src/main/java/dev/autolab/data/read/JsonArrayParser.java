package dev.autolab.data.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads a JSON document holding one array of flat objects, streaming, so the file need not fit in
 * memory as a tree. An element that is not a flat object is quarantined; a syntax error ends the
 * array there, and what follows is quarantined as one record naming the line of the error.
 */
final class JsonArrayParser {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private JsonArrayParser() {}

  static List<String> parse(Path file, Reader reader, TableCollector out) throws IOException {
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    try (JsonParser parser = FACTORY.createParser(reader)) {
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        throw new BadInputException(file + " does not start with a JSON array: expected '['");
      }
      readElements(parser, columns, out);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      out.quarantine(
          new Line(line, -1, "", null, null),
          "invalid JSON: " + e.getOriginalMessage() + "; the rest of the file is not read",
          "(from line " + line + " to the end of the file)");
    }
    if (out.read() == 0) {
      throw new BadInputException(file + " holds an empty JSON array: expected objects in it");
    }
    return List.copyOf(columns);
  }

  private static void readElements(
      JsonParser parser, LinkedHashSet<String> columns, TableCollector out) throws IOException {
    for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
      if (t == null) {
        throw new JsonParseException(parser, "the array is not closed");
      }
      Line at = new Line(parser.currentTokenLocation().getLineNr(), -1, "", null, null);
      if (t != JsonToken.START_OBJECT) {
        String raw = t.isStructStart() ? parser.readValueAsTree().toString() : parser.getText();
        out.quarantine(at, "not a JSON object", raw);
        continue;
      }
      JsonValues.Parsed parsed = JsonValues.object(parser);
      if (parsed.problem() != null) {
        out.quarantine(at, parsed.problem(), "(the object at line " + at.number() + ")");
      } else {
        columns.addAll(parsed.values().keySet());
        out.row(at, parsed.values());
      }
    }
  }
}
