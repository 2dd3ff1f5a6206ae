package dev.autolab.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * Rows as compact JSON objects, missing values written as {@code null} (the shared mapper leaves
 * nulls out, which would make a missing value look like an absent column).
 */
final class RowJson {
  private RowJson() {}

  /** One row as a JSON object. */
  static String object(Row row) {
    StringWriter out = new StringWriter();
    try {
      lines(out, List.of(row));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString().stripTrailing();
  }

  /** Writes each row as one JSON object and a line break; leaves {@code out} open. */
  static void lines(Writer out, List<Row> rows) throws IOException {
    JsonGenerator json = Json.mapper().getFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null);
    for (Row row : rows) {
      json.writeStartObject();
      for (Map.Entry<String, String> value : row.values().entrySet()) {
        json.writeStringField(value.getKey(), value.getValue());
      }
      json.writeEndObject();
      json.writeRaw('\n');
    }
    json.close();
  }
}
