package dev.autolab.cli.predict;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.read.Table;
import dev.autolab.train.Prediction;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes predictions as JSONL, one object per input row in input order: {@code {"label":...,
 * "probabilities":{class: p}}} or {@code {"value":...}}; a row that could not be read gets {@code
 * {"line":N, "error":reason}} so that output lines still match input rows.
 */
public final class PredictionWriter {
  private PredictionWriter() {}

  public static void write(
      DatasetSchema schema,
      Table table,
      List<Prediction> predictions,
      Path out,
      PrintWriter stdout) {
    List<Map.Entry<Long, Object>> lines = new ArrayList<>();
    for (int i = 0; i < predictions.size(); i++) {
      Row row = table.rows().get(i);
      lines.add(Map.entry(row.line(), toJson(schema, predictions.get(i))));
    }
    for (QuarantineEntry bad : table.quarantined()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("line", bad.line());
      error.put("error", bad.reason());
      lines.add(Map.entry(bad.line(), error));
    }
    lines.sort(Comparator.comparing(Map.Entry::getKey));
    try (Writer writer = open(out, stdout)) {
      for (Map.Entry<Long, Object> line : lines) {
        writer.write(Json.line(line.getValue()));
        writer.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write predictions to " + out, e);
    }
  }

  static Map<String, Object> toJson(DatasetSchema schema, Prediction prediction) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (schema.task() == Task.REGRESSION) {
      json.put("value", prediction.value());
      return json;
    }
    json.put("label", prediction.label());
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int c = 0; c < schema.classes().size(); c++) {
      probabilities.put(schema.classes().get(c), prediction.probabilities()[c]);
    }
    json.put("probabilities", probabilities);
    return json;
  }

  private static Writer open(Path out, PrintWriter stdout) throws IOException {
    if (out == null) {
      // Standard output stays open after the command; only flush it.
      return new Writer() {
        @Override
        public void write(char[] buffer, int offset, int length) {
          stdout.write(buffer, offset, length);
        }

        @Override
        public void flush() {
          stdout.flush();
        }

        @Override
        public void close() {
          stdout.flush();
        }
      };
    }
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
    return writer;
  }
}
