package dev.autolab.data.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * How a file is laid out: JSON lines, or delimited text with a given delimiter.
 *
 * @param jsonLines whether each line is one JSON object
 * @param delimiter the field delimiter of delimited text (unused for JSON lines)
 */
record TableFormat(boolean jsonLines, char delimiter) {
  static final TableFormat JSON_LINES = new TableFormat(true, ',');

  /** Sniffing looks at the header line only, and at most this much of it. */
  private static final int HEAD_LIMIT = 1 << 16;

  private static final char[] CANDIDATES = {',', '\t', ';'};

  /**
   * The format from the extension ({@code .jsonl}, {@code .ndjson}, {@code .json} are JSON lines;
   * {@code .tsv}, {@code .tab} are tab-separated); for {@code .csv}, {@code .txt} and anything
   * else, the delimiter is sniffed from the header line, and an extension-less file whose first
   * character is '{' is read as JSON lines.
   */
  static TableFormat detect(Path file) throws IOException {
    String name = TextFiles.baseName(file);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return new TableFormat(false, '\t');
    }
    String head = headerLine(file);
    if (!name.endsWith(".csv") && head.stripLeading().startsWith("{")) {
      return JSON_LINES;
    }
    return new TableFormat(false, sniff(head));
  }

  /**
   * The candidate (comma, tab, semicolon) that occurs most often outside quotes in the header line;
   * comma on a tie or when none occurs (a one-column file).
   */
  static char sniff(String headerLine) {
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      quoted ^= c == '"';
      for (int k = 0; k < CANDIDATES.length && !quoted; k++) {
        counts[k] += c == CANDIDATES[k] ? 1 : 0;
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      best = counts[k] > counts[best] ? k : best;
    }
    return CANDIDATES[best];
  }

  /** The first non-blank line, where a header (or the first JSON object) is. */
  private static String headerLine(Path file) throws IOException {
    try (BufferedReader reader = TextFiles.open(file)) {
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = reader.read()) >= 0 && line.length() < HEAD_LIMIT) {
        if (c != '\n') {
          line.append((char) c);
        } else if (line.toString().isBlank()) {
          line.setLength(0);
        } else {
          break;
        }
      }
      return line.toString();
    }
  }
}
