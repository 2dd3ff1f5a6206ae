package dev.autolab.data.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON lines: one flat object per line. Strings are kept, numbers and booleans become their
 * JSON text, null is missing; a line that is not a flat object is quarantined. The columns are the
 * keys in order of first appearance; a key absent from a line is a missing value there.
 */
final class JsonLinesParser {
  private static final JsonFactory FACTORY = Json.mapper().getFactory();

  /** The outcome of one line: values, or the reason it was rejected. */
  private record Parsed(Map<String, String> values, String problem) {
    static Parsed rejected(String problem) {
      return new Parsed(null, problem);
    }
  }

  private JsonLinesParser() {}

  static Table parse(Path file, BufferedReader reader, ProgressListener progress) {
    TableCollector out = new TableCollector(file, progress, true);
    LinkedHashSet<String> columns = new LinkedHashSet<>();
    long line = 0;
    String text;
    while ((text = nextLine(file, reader, line)) != null) {
      line++;
      if (text.isBlank()) {
        continue;
      }
      if (out.read() == 0) {
        checkNotArray(file, text);
      }
      Parsed parsed = parseLine(text);
      if (parsed.problem() != null) {
        out.quarantine(line, parsed.problem(), text);
      } else {
        columns.addAll(parsed.values().keySet());
        out.row(line, parsed.values());
      }
    }
    if (out.read() == 0) {
      throw new BadInputException(file + " is empty: expected one JSON object per line");
    }
    return out.build(List.copyOf(columns));
  }

  private static String nextLine(Path file, BufferedReader reader, long linesRead) {
    try {
      return reader.readLine();
    } catch (IOException e) {
      throw ReadErrors.at(file, linesRead + 1, e);
    }
  }

  private static void checkNotArray(Path file, String text) {
    if (text.stripLeading().startsWith("[")) {
      throw new BadInputException(
          file
              + " holds a JSON array: write one object per line instead"
              + " (e.g. jq -c '.[]' in.json > out.jsonl)");
    }
  }

  private static Parsed parseLine(String text) {
    try (JsonParser parser = FACTORY.createParser(text)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return Parsed.rejected("not a JSON object");
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
        String key = Values.cleanName(parser.currentName());
        JsonToken value = parser.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
          String kind = value == JsonToken.START_OBJECT ? "object" : "array";
          return Parsed.rejected("nested " + kind + " in field '" + key + "'");
        }
        values.put(key, value == JsonToken.VALUE_NULL ? null : Values.clean(parser.getText()));
      }
      if (parser.nextToken() != null) {
        return Parsed.rejected("more than one JSON value on the line");
      }
      return new Parsed(values, null);
    } catch (JsonProcessingException e) {
      return Parsed.rejected("invalid JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw new IllegalStateException("reading a string cannot fail", e);
    }
  }
}
