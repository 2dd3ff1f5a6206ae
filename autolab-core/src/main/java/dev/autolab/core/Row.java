package dev.autolab.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One record of a data set: its cleaned values by column name, and where it came from so that any
 * row can be traced back to its source line.
 *
 * @param source the file the row was read from
 * @param line the 1-based line (CSV record start line, or JSONL line) in that file
 * @param values cleaned values by column name, in column order; a missing value is {@code null}
 */
public record Row(String source, long line, Map<String, String> values) {
  public Row {
    Objects.requireNonNull(source, "source");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /**
   * A row from parallel lists: {@code values[i]} (or {@code null} when missing) belongs to {@code
   * columns.get(i)}, as readers and streamed writers hold rows.
   */
  public static Row of(String source, long line, List<String> columns, String[] values) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      map.put(columns.get(i), values[i]);
    }
    return new Row(source, line, map);
  }

  /** The value of a column, or {@code null} when it is missing or the column is absent. */
  public String get(String column) {
    return values.get(column);
  }
}
