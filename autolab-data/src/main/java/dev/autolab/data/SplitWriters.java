package dev.autolab.data;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three split files of a streamed prepare, written row by row, each with its SHA-256 computed
 * as {@link dev.autolab.data.split.Fingerprints} does (column names, then each row's values as a
 * JSON array line), so a split's fingerprint does not depend on how it was prepared.
 */
final class SplitWriters implements AutoCloseable {
  static final List<String> NAMES = List.of("train", "valid", "test");

  private final List<String> columns;
  private final BufferedWriter[] files = new BufferedWriter[3];
  private final JsonGenerator[] json = new JsonGenerator[3];
  private final MessageDigest[] digests = new MessageDigest[3];
  private final long[] counts = new long[3];
  private final Buffer line = new Buffer();
  private final JsonGenerator array;

  SplitWriters(Path splitsDir, List<String> columns) throws IOException {
    this.columns = List.copyOf(columns);
    Files.createDirectories(splitsDir);
    array = Json.mapper().getFactory().createGenerator(line);
    array.setRootValueSeparator(null);
    for (int s = 0; s < 3; s++) {
      files[s] =
          Files.newBufferedWriter(
              splitsDir.resolve(NAMES.get(s) + ".jsonl"), StandardCharsets.UTF_8);
      json[s] = Json.mapper().getFactory().createGenerator(files[s]);
      json[s].disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json[s].setRootValueSeparator(null);
      digests[s] = sha256();
      digest(s, columns);
    }
  }

  /** Appends {@code row} to split {@code s} (0 train, 1 valid, 2 test). */
  void write(int s, Row row) {
    try {
      JsonGenerator out = json[s];
      out.writeStartObject();
      for (String column : columns) {
        out.writeStringField(column, row.get(column));
      }
      out.writeEndObject();
      out.writeRaw('\n');
      digest(s, columns.stream().map(row::get).toList());
      counts[s]++;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  long count(int s) {
    return counts[s];
  }

  /** Split name to the hex digest; call once, after the last row. */
  Map<String, String> fingerprints() {
    Map<String, String> hex = new LinkedHashMap<>();
    for (int s = 0; s < 3; s++) {
      hex.put(NAMES.get(s), HexFormat.of().formatHex(digests[s].digest()));
    }
    return hex;
  }

  private void digest(int s, List<String> values) throws IOException {
    line.reset();
    array.writeStartArray();
    for (String value : values) {
      array.writeString(value);
    }
    array.writeEndArray();
    array.flush();
    line.write('\n');
    line.into(digests[s]);
  }

  /** A byte buffer that feeds its content to a digest without copying it. */
  private static final class Buffer extends ByteArrayOutputStream {
    void into(MessageDigest digest) {
      digest.update(buf, 0, count);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private boolean closed;

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (int s = 0; s < 3; s++) {
      json[s].close();
      files[s].close();
    }
    array.close();
  }
}
