package dev.autolab.data.read;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How a file is laid out: delimited text with a given delimiter, JSON lines, or one JSON array of
 * objects.
 *
 * @param kind "delimited", "jsonl" or "json-array"
 * @param delimiter the field delimiter of delimited text, else {@code null}
 * @param evidence one phrase saying how the layout was chosen
 */
public record TableFormat(
    String kind, @JsonInclude(JsonInclude.Include.NON_NULL) String delimiter, String evidence) {
  static final String DELIMITED = "delimited";
  static final String JSON_LINES = "jsonl";
  static final String JSON_ARRAY = "json-array";

  /** Delimiters tried by the sniff, most usual first (ties go to the earlier one). */
  private static final char[] CANDIDATES = {',', '\t', ';', '|'};

  /** The dialect sniff reads at most this many non-blank lines of the head. */
  private static final int SNIFF_LINES = 50;

  @JsonIgnore
  boolean jsonLines() {
    return kind.equals(JSON_LINES);
  }

  @JsonIgnore
  boolean jsonArray() {
    return kind.equals(JSON_ARRAY);
  }

  @JsonIgnore
  char delimiterChar() {
    return delimiter.charAt(0);
  }

  /**
   * The layout of a file named {@code baseName} whose decoded head is {@code head}: a head starting
   * with '[' is a JSON array and one starting with '{' JSON lines (whatever the extension, since
   * ".json" is used for both); {@code .tsv}/{@code .tab} are tab-separated; otherwise the delimiter
   * is the user's or sniffed.
   */
  static TableFormat detect(String baseName, String head, Character delimiter) {
    String start = head.stripLeading();
    if (delimiter != null) {
      return delimited(delimiter, "set by --delimiter");
    }
    if (start.startsWith("[")) {
      return new TableFormat(JSON_ARRAY, null, "starts with '['");
    }
    if (start.startsWith("{")) {
      return new TableFormat(JSON_LINES, null, "starts with '{'");
    }
    if (baseName.endsWith(".tsv") || baseName.endsWith(".tab")) {
      return delimited('\t', "extension");
    }
    return delimited(sniff(head), "sniffed: most consistent field count");
  }

  private static TableFormat delimited(char delimiter, String evidence) {
    return new TableFormat(DELIMITED, String.valueOf(delimiter), evidence);
  }

  /**
   * The candidate delimiter (comma, tab, semicolon, pipe) that splits the first lines most
   * consistently: the one whose most common field count above one covers the most lines, the
   * header's count counting twice; comma when none occurs (a one-column file).
   */
  static char sniff(String head) {
    List<String> lines = firstLines(head);
    char best = ',';
    double bestScore = 0;
    for (char candidate : CANDIDATES) {
      double score = consistency(lines, candidate);
      if (score > bestScore) {
        best = candidate;
        bestScore = score;
      }
    }
    return best;
  }

  private static double consistency(List<String> lines, char delimiter) {
    if (lines.isEmpty()) {
      return 0;
    }
    Map<Integer, Integer> counts = new HashMap<>();
    int header = fields(lines.get(0), delimiter);
    for (String line : lines) {
      counts.merge(fields(line, delimiter), 1, Integer::sum);
    }
    if (header < 2) {
      return 0;
    }
    // lines agreeing with the header, plus a small bonus for more columns to break ties
    return counts.getOrDefault(header, 0) + 1 + header / 1000.0;
  }

  /** Fields of one line, delimiters inside double quotes not counted. */
  private static int fields(String line, char delimiter) {
    int count = 1;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      quoted ^= c == '"';
      count += !quoted && c == delimiter ? 1 : 0;
    }
    return count;
  }

  private static List<String> firstLines(String head) {
    List<String> lines = new ArrayList<>();
    for (String line : head.split("\n", SNIFF_LINES * 4)) {
      if (!line.isBlank() && lines.size() < SNIFF_LINES) {
        lines.add(line);
      }
    }
    if (lines.size() > 1 && !head.endsWith("\n")) {
      lines.remove(lines.size() - 1); // likely cut by the end of the head
    }
    return lines;
  }
}
