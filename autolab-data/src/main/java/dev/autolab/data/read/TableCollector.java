package dev.autolab.data.read;

import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Gathers the rows, rejected records and repairs of one file as a parser meets them. */
final class TableCollector {
  /**
   * Progress is reported every this many records, often enough for a bar, rarely enough to be free.
   */
  private static final int REPORT_EVERY = 1_000;

  private final Path file;
  private final String source;
  private final ProgressListener progress;
  private final boolean alignRows;
  private final List<Row> rows = new ArrayList<>();
  private final List<QuarantineEntry> quarantined = new ArrayList<>();
  private final Map<String, Long> repairs = new TreeMap<>();
  private final RecordSink sink;
  private long read;

  /**
   * A collector for {@code file}; {@code alignRows} when rows may lack columns or order them
   * differently (JSON), so that {@link #build} must put every row into column order. With a {@code
   * sink}, records are passed on as they come and not kept.
   */
  TableCollector(Path file, ProgressListener progress, boolean alignRows, RecordSink sink) {
    this.file = file;
    this.source = file.toString();
    this.progress = progress;
    this.alignRows = alignRows;
    this.sink = sink;
  }

  /** A delimited row: {@code values} in {@code columns} order, all printable ASCII or not. */
  void row(Line line, List<String> columns, String[] values, boolean printable) {
    if (sink != null) {
      sink.row(source, line.number(), columns, values, printable);
    } else {
      rows.add(Row.of(source, line.number(), columns, values));
    }
    counted(line.offset());
  }

  void row(Line line, Map<String, String> values) {
    Row row = new Row(source, line.number(), values);
    if (sink != null) {
      sink.row(row);
    } else {
      rows.add(row);
    }
    counted(line.offset());
  }

  void quarantine(Line line, String reason, String raw) {
    Long offset = line.offset() >= 0 ? line.offset() : null;
    QuarantineEntry entry = new QuarantineEntry(source, line.number(), offset, reason, raw);
    if (sink != null) {
      sink.quarantine(entry);
    } else {
      quarantined.add(entry);
    }
    counted(line.offset());
  }

  /** What was read, when records went to a sink. */
  ReadSummary summary(List<String> columns, Encoding encoding, TableFormat format) {
    return new ReadSummary(file, columns, read, encoding, format, repairs);
  }

  /** Counts one repair of the given kind in a record that was kept. */
  void repaired(String what) {
    repairs.merge(what, 1L, Long::sum);
  }

  /** The number of data records seen so far. */
  long read() {
    return read;
  }

  /** The table, with every row holding every column in {@code columns} order. */
  Table build(List<String> columns, Encoding encoding, TableFormat format) {
    if (!alignRows) {
      return new Table(file, columns, rows, quarantined, read, encoding, format, repairs);
    }
    List<Row> aligned = new ArrayList<>(rows.size());
    for (Row row : rows) {
      aligned.add(hasColumns(row, columns) ? row : align(row, columns));
    }
    return new Table(file, columns, aligned, quarantined, read, encoding, format, repairs);
  }

  /** Progress in bytes where offsets are known, in records otherwise. */
  private void counted(long offset) {
    read++;
    if (read % REPORT_EVERY == 0) {
      progress.advance(offset >= 0 ? offset : read);
    }
  }

  private static boolean hasColumns(Row row, List<String> columns) {
    if (row.values().size() != columns.size()) {
      return false;
    }
    Iterator<String> names = row.values().keySet().iterator();
    return columns.stream().allMatch(c -> c.equals(names.next()));
  }

  /** JSON objects may omit keys or order them differently: absent keys are missing values. */
  private static Row align(Row row, List<String> columns) {
    Map<String, String> values = new LinkedHashMap<>();
    columns.forEach(c -> values.put(c, row.get(c)));
    return new Row(row.source(), row.line(), values);
  }
}
