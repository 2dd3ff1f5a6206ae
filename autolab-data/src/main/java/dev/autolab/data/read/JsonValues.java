package dev.autolab.data.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads one flat JSON object into cleaned values: strings are kept, numbers and booleans become
 * their JSON text, null is missing; a nested object or array rejects the record.
 */
final class JsonValues {
  /** The outcome of one object: values, or the reason it was rejected. */
  record Parsed(Map<String, String> values, String problem) {
    static Parsed rejected(String problem) {
      return new Parsed(null, problem);
    }
  }

  private JsonValues() {}

  /** Reads the object whose START_OBJECT the parser has just read, up to its END_OBJECT. */
  static Parsed object(JsonParser parser) throws IOException {
    Map<String, String> values = new LinkedHashMap<>();
    for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
      String key = Values.cleanName(parser.currentName());
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        String kind = value == JsonToken.START_OBJECT ? "object" : "array";
        parser.skipChildren();
        skipRest(parser);
        return Parsed.rejected("nested " + kind + " in field '" + key + "'");
      }
      values.put(key, value == JsonToken.VALUE_NULL ? null : Values.clean(parser.getText()));
    }
    return new Parsed(values, null);
  }

  /** Moves the parser to the END_OBJECT of the current object. */
  private static void skipRest(JsonParser parser) throws IOException {
    int depth = 1;
    while (depth > 0) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        return;
      }
      depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
    }
  }
}
