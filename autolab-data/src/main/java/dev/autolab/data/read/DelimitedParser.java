package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads delimited text with a header row, one record at a time, and never gives up on the file: a
 * record that cannot be read is quarantined and reading goes on.
 *
 * <p>Recovery: when a record spanning several lines (a quoted field with line breaks) does not
 * close within {@link #MAX_RECORD_LINES} lines, or closes with the wrong number of fields, the
 * quote that opened it was most likely stray: its first line is quarantined ("malformed quoting")
 * and parsing restarts on the next line, so one bad quote costs one line, not the rest of the file.
 */
final class DelimitedParser {
  /** A quoted field spanning more lines than this is taken for an unclosed quote. */
  static final int MAX_RECORD_LINES = 10_000;

  private final Path file;
  private final LineSource lines;
  private final char delimiter;
  private final int maxFieldChars;
  private final long maxRecordChars;
  private final TableCollector out;
  private final Deque<Line> pending = new ArrayDeque<>();
  private final List<Line> used = new ArrayList<>();
  private final FieldScanner scan;
  private List<String> columns;

  DelimitedParser(
      Path file, LineSource lines, char delimiter, int maxFieldChars, TableCollector out) {
    this.file = file;
    this.lines = lines;
    this.delimiter = delimiter;
    this.maxFieldChars = maxFieldChars;
    this.maxRecordChars = Math.max(4L * maxFieldChars, 1 << 20);
    this.out = out;
    this.scan = new FieldScanner(delimiter, '"');
  }

  /** Reads every record; returns the header's column names. */
  List<String> parse() throws IOException {
    Line first;
    while ((first = nextLine()) != null) {
      if (first.problem() == null && first.text().isBlank()) {
        continue; // a blank line is not a record
      }
      record(first);
    }
    if (columns == null) {
      throw new BadInputException(file + " is empty: expected a header row with column names");
    }
    return columns;
  }

  private Line nextLine() throws IOException {
    return pending.isEmpty() ? lines.next() : pending.poll();
  }

  private void record(Line first) throws IOException {
    used.clear();
    used.add(first);
    scan.reset();
    scan.feed(first.text());
    while (scan.inQuotes()) {
      Line next =
          used.size() < MAX_RECORD_LINES && scan.chars() < maxRecordChars ? nextLine() : null;
      if (next == null) {
        resync(used, "malformed quoting: a quote opened here does not close");
        return;
      }
      used.add(next);
      scan.feed(next.text());
    }
    accept(used, scan);
  }

  private void accept(List<Line> used, FieldScanner scan) {
    Line first = used.get(0);
    String problem = null;
    for (int i = 0; i < used.size() && problem == null; i++) {
      problem = used.get(i).problem();
    }
    List<String> fields = scan.fields();
    if (columns == null && used.size() > 1) {
      // a header does not span lines: its quote was stray, so split the first line plainly
      for (int i = used.size() - 1; i >= 1; i--) {
        pending.addFirst(used.get(i));
      }
      columns =
          Headers.names(
              file, List.of(first.text().split(Pattern.quote(String.valueOf(delimiter)), -1)));
      return;
    }
    if (columns == null) {
      columns = Headers.names(file, fields);
      return;
    }
    int expected = columns == null ? fields.size() : columns.size();
    if (problem == null && fields.size() > expected && blankFrom(fields, expected)) {
      fields = fields.subList(0, expected);
      out.repaired("trailing empty fields dropped");
    }
    if (problem != null) {
      out.quarantine(first, problem, raw(used));
    } else if (used.size() > 1 && scan.repair() != null) {
      // a quote that closes lines later with text glued to it was a stray quote meeting the
      // opening quote of a later record
      resync(used, "malformed quoting: a quote opened here closes mid-field lines later");
    } else if (fields.size() != expected) {
      String reason = "expected " + expected + " fields, found " + fields.size();
      if (used.size() > 1) {
        resync(used, "malformed quoting: " + reason + " in a record spanning lines");
      } else {
        out.quarantine(first, reason, raw(used));
      }
    } else {
      row(used, scan, fields);
    }
  }

  private void row(List<Line> used, FieldScanner scan, List<String> fields) {
    Line first = used.get(0);
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).length() > maxFieldChars) {
        out.quarantine(
            first,
            String.format(
                "oversize field: '%s' has %d characters (limit %d, see --max-field-chars)",
                columns.get(i), fields.get(i).length(), maxFieldChars),
            raw(used));
        return;
      }
    }
    boolean printable = true;
    for (int i = 0; i < used.size() && printable; i++) {
      printable = used.get(i).printable();
    }
    String[] values = new String[columns.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = printable ? Values.cleanPrintable(fields.get(i)) : Values.clean(fields.get(i));
    }
    for (Line line : used) {
      if (line.repair() != null) {
        out.repaired(line.repair());
      }
    }
    if (scan.repair() != null) {
      out.repaired(scan.repair());
    }
    out.row(first, columns, values, printable);
  }

  /** Quarantines the record's first line and reads the lines after it again. */
  private void resync(List<Line> used, String reason) {
    Line first = used.get(0);
    for (int i = used.size() - 1; i >= 1; i--) {
      pending.addFirst(used.get(i));
    }
    out.quarantine(first, reason, first.text());
  }

  private static boolean blankFrom(List<String> fields, int from) {
    return fields.subList(from, fields.size()).stream().allMatch(String::isBlank);
  }

  private static String raw(List<Line> used) {
    if (used.size() == 1) {
      return used.get(0).text();
    }
    StringBuilder raw = new StringBuilder();
    for (Line line : used) {
      raw.append(raw.length() == 0 ? "" : "\n").append(line.text());
    }
    return raw.toString();
  }
}
