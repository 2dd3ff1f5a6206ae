package dev.autolab.data.read;

import dev.autolab.core.Row;
import java.util.List;

/** Receives the records of a file as they are read, for data too large to hold in memory. */
public interface RecordSink {
  /** A row that parsed, values cleaned; its keys may be in any order (JSON). */
  void row(Row row);

  /**
   * A row of a delimited file: {@code values[i]} (cleaned, {@code null} when missing) belongs to
   * {@code columns.get(i)}; the sink may keep the array. {@code printable} when every value is
   * known to be printable ASCII (and line breaks). The default makes it a {@link Row}.
   */
  default void row(
      String source, long line, List<String> columns, String[] values, boolean printable) {
    row(Row.of(source, line, columns, values));
  }

  /** A record that could not be read. */
  void quarantine(QuarantineEntry entry);
}
