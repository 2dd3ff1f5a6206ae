package dev.autolab.data.split;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SHA-256 fingerprints of row content: of the whole data set (train, valid, test in that order) and
 * of each split. Each digest covers the column names and then each row's cleaned values in column
 * order, every one encoded as a compact JSON array on its own line ({@code null} for missing), so
 * it depends only on the cleaned content: not on the file format, encoding, line endings, quoting
 * or source line numbers.
 *
 * @param dataset the digest of all splits
 * @param splits split name (train, valid, test) to its digest
 */
public record Fingerprints(String dataset, Map<String, String> splits) {
  public Fingerprints {
    splits = Collections.unmodifiableMap(new LinkedHashMap<>(splits));
  }

  /** The fingerprints of {@code splits}, each row encoded once and fed to two digests. */
  public static Fingerprints of(List<String> columns, Splits splits) {
    try (Encoder encoder = new Encoder()) {
      MessageDigest dataset = sha256();
      encoder.encode(columns).into(dataset);
      Map<String, String> perSplit = new LinkedHashMap<>();
      Map<String, List<Row>> parts =
          Map.of("train", splits.train(), "valid", splits.valid(), "test", splits.test());
      for (String name : List.of("train", "valid", "test")) {
        MessageDigest split = sha256();
        encoder.encode(columns).into(split);
        for (Row row : parts.get(name)) {
          encoder.encode(row, columns).into(dataset, split);
        }
        perSplit.put(name, hex(split));
      }
      return new Fingerprints(hex(dataset), perSplit);
    }
  }

  private static String hex(MessageDigest digest) {
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  /** Encodes one line at a time into a reused buffer. */
  private static final class Encoder implements AutoCloseable {
    private final Buffer buffer = new Buffer();
    private final JsonGenerator json;

    Encoder() {
      try {
        json = Json.mapper().getFactory().createGenerator(buffer);
        json.setRootValueSeparator(null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    Buffer encode(List<String> values) {
      buffer.reset();
      try {
        json.writeStartArray();
        for (String value : values) {
          json.writeString(value); // writes null for a missing value
        }
        json.writeEndArray();
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      buffer.write('\n');
      return buffer;
    }

    Buffer encode(Row row, List<String> columns) {
      return encode(columns.stream().map(row::get).toList());
    }

    @Override
    public void close() {
      try {
        json.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** A byte buffer that feeds its content to digests without copying it. */
  private static final class Buffer extends ByteArrayOutputStream {
    void into(MessageDigest... digests) {
      for (MessageDigest digest : digests) {
        digest.update(buf, 0, count);
      }
    }
  }
}
