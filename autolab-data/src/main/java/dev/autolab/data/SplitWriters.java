package dev.autolab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
 * JSON array line), so a split's fingerprint does not depend on how it was prepared. Each value is
 * encoded once ({@link JsonBytes}) and the bytes serve both the file's object line and the digest's
 * array line.
 */
final class SplitWriters implements AutoCloseable {
  static final List<String> NAMES = List.of("train", "valid", "test");

  /** A split's buffered bytes are written to its file from this size. */
  private static final int FLUSH_BYTES = 1 << 20;

  private final int width;
  private final byte[][] names;
  private final OutputStream[] files = new OutputStream[3];
  private final JsonBytes[] pending = new JsonBytes[3];
  private final MessageDigest[] digests = new MessageDigest[3];
  private final long[] counts = new long[3];
  private final JsonBytes values = new JsonBytes();
  private final JsonBytes array = new JsonBytes();
  private final int[] ends;
  private boolean closed;

  SplitWriters(Path splitsDir, List<String> columns) throws IOException {
    width = columns.size();
    ends = new int[width];
    names = new byte[width][];
    for (int i = 0; i < width; i++) {
      JsonBytes name = new JsonBytes();
      name.string(columns.get(i));
      name.put((byte) ':');
      names[i] = java.util.Arrays.copyOf(name.array(), name.length());
    }
    Files.createDirectories(splitsDir);
    for (int s = 0; s < 3; s++) {
      files[s] = Files.newOutputStream(splitsDir.resolve(NAMES.get(s) + ".jsonl"));
      pending[s] = new JsonBytes();
      digests[s] = sha256();
      digest(s, columns.toArray(String[]::new));
    }
  }

  /**
   * Appends a row to split {@code s} (0 train, 1 valid, 2 test); {@code row} holds the values in
   * column order, {@code null} for a missing one.
   */
  void write(int s, String[] row) {
    encode(row);
    JsonBytes out = pending[s];
    out.put((byte) '{');
    int start = 0;
    for (int i = 0; i < width; i++) {
      if (i > 0) {
        out.put((byte) ',');
      }
      out.put(names[i], 0, names[i].length);
      out.put(values.array(), start, ends[i] - start);
      start = ends[i];
    }
    out.put((byte) '}');
    out.put((byte) '\n');
    digestEncoded(s);
    counts[s]++;
    if (out.length() >= FLUSH_BYTES) {
      flush(s);
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

  private void digest(int s, String[] row) {
    encode(row);
    digestEncoded(s);
  }

  private void encode(String[] row) {
    values.reset();
    for (int i = 0; i < width; i++) {
      values.string(row[i]);
      ends[i] = values.length();
    }
  }

  /** Feeds the encoded values as one JSON array line to split {@code s}'s digest. */
  private void digestEncoded(int s) {
    array.reset();
    array.put((byte) '[');
    int start = 0;
    for (int i = 0; i < width; i++) {
      if (i > 0) {
        array.put((byte) ',');
      }
      array.put(values.array(), start, ends[i] - start);
      start = ends[i];
    }
    array.put((byte) ']');
    array.put((byte) '\n');
    digests[s].update(array.array(), 0, array.length());
  }

  private void flush(int s) {
    try {
      files[s].write(pending[s].array(), 0, pending[s].length());
      pending[s].reset();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write split " + NAMES.get(s), e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (int s = 0; s < 3; s++) {
      flush(s);
      files[s].close();
    }
  }
}
