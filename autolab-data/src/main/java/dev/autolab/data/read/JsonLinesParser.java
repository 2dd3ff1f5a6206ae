package dev.autolab.data.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Reads JSON lines: one flat object per line (see {@link JsonValues}); a line that is not one is
 * quarantined. The columns are the keys in order of first appearance; a key absent from a line is a
 * missing value there.
 */
final class JsonLinesParser {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  private JsonLinesParser() {}

  /** Reads every line into {@code out}; returns the columns. */
  static List<String> parse(Path file, LineSource lines, TableCollector out) throws IOException {
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    Line line;
    while ((line = lines.next()) != null) {
      if (line.problem() == null && line.text().isBlank()) {
        continue;
      }
      JsonValues.Parsed parsed =
          line.problem() != null ? JsonValues.Parsed.rejected(line.problem()) : parse(line.text());
      if (parsed.problem() != null) {
        out.quarantine(line, parsed.problem(), line.text());
      } else {
        columns.addAll(parsed.values().keySet());
        if (line.repair() != null) {
          out.repaired(line.repair());
        }
        out.row(line, parsed.values());
      }
    }
    if (out.read() == 0) {
      throw new BadInputException(file + " is empty: expected one JSON object per line");
    }
    return List.copyOf(columns);
  }

  private static JsonValues.Parsed parse(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return JsonValues.Parsed.rejected("not a JSON object");
      }
      JsonValues.Parsed parsed = JsonValues.object(parser);
      if (parsed.problem() == null && parser.nextToken() != null) {
        return JsonValues.Parsed.rejected("more than one JSON value on the line");
      }
      return parsed;
    } catch (JsonProcessingException e) {
      return JsonValues.Parsed.rejected("invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }
}
