package dev.autolab.data.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the lines of one delimited record into fields, RFC 4180 style, leniently: a quote opens a
 * quoted field only at the start of a field (elsewhere it is a plain character), a doubled quote
 * inside is one quote, and text between a closing quote and the next delimiter is kept (and counted
 * as a repair) rather than failing the file.
 *
 * <p>Written here rather than using Commons CSV because a record with an unbalanced quote must
 * spoil only itself: Commons CSV either fails the whole file or swallows every following line into
 * one field, and cannot restart parsing from a given line.
 */
final class FieldScanner {
  private final char delimiter;
  private final char quote;
  private final List<String> fields = new ArrayList<>();
  private final StringBuilder quoted = new StringBuilder();
  private boolean inQuotes;
  private long chars;
  private String repair;

  FieldScanner(char delimiter, char quote) {
    this.delimiter = delimiter;
    this.quote = quote;
  }

  /** Forgets the last record, to scan the next one. */
  void reset() {
    fields.clear();
    quoted.setLength(0);
    inQuotes = false;
    chars = 0;
    repair = null;
  }

  /** Scans one line; when the record continues past it, {@link #inQuotes()} is true. */
  void feed(String line) {
    chars += line.length();
    int i = 0;
    if (inQuotes) {
      quoted.append('\n');
      i = scanQuoted(line, 0);
      if (inQuotes) {
        return;
      }
    } else {
      i = field(line, 0);
    }
    while (i <= line.length() && i >= 0) {
      i = field(line, i);
    }
  }

  boolean inQuotes() {
    return inQuotes;
  }

  /** Characters scanned so far. */
  long chars() {
    return chars;
  }

  /** What was repaired in this record, or null. */
  String repair() {
    return repair;
  }

  List<String> fields() {
    return fields;
  }

  /**
   * Reads the field starting at {@code i}; returns the index after the delimiter that ends it, or
   * -1 when the line is done (or a quoted field continues on the next line).
   */
  private int field(String line, int i) {
    int start = i;
    while (start < line.length() && line.charAt(start) == ' ') {
      start++; // spaces before an opening quote are layout, as in ` "a, b"`
    }
    if (start < line.length() && line.charAt(start) == quote) {
      int close = line.indexOf(quote, start + 1);
      if (close > 0 && endsField(line, close + 1)) {
        fields.add(line.substring(start + 1, close)); // the common case: no doubled quote inside
        return close + 1 < line.length() ? close + 2 : -1;
      }
      quoted.setLength(0);
      inQuotes = true;
      return scanQuoted(line, start + 1);
    }
    int end = line.indexOf(delimiter, i);
    if (end < 0) {
      fields.add(line.substring(i));
      return -1;
    }
    fields.add(line.substring(i, end));
    return end + 1;
  }

  /** Whether the field ends at {@code i}: at the end of the line or at a delimiter. */
  private boolean endsField(String line, int i) {
    return i == line.length() || line.charAt(i) == delimiter;
  }

  /** Continues a quoted field at {@code i}; same return convention as {@link #field}. */
  private int scanQuoted(String line, int i) {
    while (true) {
      int q = line.indexOf(quote, i);
      if (q < 0) {
        quoted.append(line, i, line.length());
        return -1; // still in quotes
      }
      quoted.append(line, i, q);
      if (q + 1 < line.length() && line.charAt(q + 1) == quote) {
        quoted.append(quote);
        i = q + 2;
        continue;
      }
      inQuotes = false;
      return afterClosingQuote(line, q + 1);
    }
  }

  private int afterClosingQuote(String line, int i) {
    int end = line.indexOf(delimiter, i);
    int stop = end < 0 ? line.length() : end;
    if (stop > i) {
      String tail = line.substring(i, stop);
      if (!tail.isBlank()) {
        quoted.append(tail);
        repair = "text after a closing quote kept";
      }
    }
    fields.add(quoted.toString());
    return end < 0 ? -1 : end + 1;
  }
}
