package dev.autolab.data.clean;

import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cleans values a column at a time, after reading and before typing, so that "$1,200" types as a
 * number and -999 counts as missing: see {@link ColumnCleaner}. Each change is counted by kind.
 */
public final class Cleaner {
  private final List<ColumnCleaner> columns;
  private final Map<String, Long> repairs = new TreeMap<>();

  private Cleaner(List<ColumnCleaner> columns) {
    this.columns = columns;
  }

  /** The cleaner for {@code columns}, decided over {@code rows}. */
  public static Cleaner decide(List<String> columns, List<Row> rows) {
    return new Cleaner(columns.stream().map(c -> ColumnCleaner.decide(c, rows)).toList());
  }

  /** The cleaner of decisions made earlier, e.g. those kept with a model. */
  public static Cleaner of(List<ColumnCleaning> decisions) {
    return new Cleaner(decisions.stream().map(ColumnCleaner::of).toList());
  }

  /** Every column's decision, to keep with a model. */
  public List<ColumnCleaning> spec() {
    return columns.stream().map(ColumnCleaner::spec).toList();
  }

  /** The row with cleaned values (the same row when nothing changed). */
  public Row clean(Row row) {
    Map<String, String> values = null;
    for (ColumnCleaner column : columns) {
      String[] cleaned = column.clean(row.get(column.column));
      if (cleaned != null) {
        if (values == null) {
          values = new LinkedHashMap<>(row.values());
        }
        values.put(column.column, cleaned[0]);
        repairs.merge(cleaned[1], 1L, Long::sum);
      }
    }
    return values == null ? row : new Row(row.source(), row.line(), values);
  }

  /**
   * Cleans {@code values} in place, where {@code values[i]} belongs to the i-th column this cleaner
   * was decided for: the streamed form of {@link #clean(Row)}, without a map per row. {@code
   * printable} tells that every value is printable ASCII (the reader knows), which spares the
   * search for mojibake.
   */
  public void clean(String[] values, boolean printable) {
    for (int i = 0; i < values.length; i++) {
      String[] cleaned = columns.get(i).clean(values[i], printable);
      if (cleaned != null) {
        values[i] = cleaned[0];
        repairs.merge(cleaned[1], 1L, Long::sum);
      }
    }
  }

  /** The columns this cleaner was decided for, in order. */
  public List<String> columnNames() {
    return columns.stream().map(c -> c.column).toList();
  }

  /** Kinds of repair with how many values each, so far. */
  public Map<String, Long> repairs() {
    return repairs;
  }

  /** One sentence per column that cleaning changes. */
  public List<String> decisions() {
    List<String> out = new ArrayList<>();
    columns.forEach(
        c -> {
          if (c.decision() != null) {
            out.add(c.decision());
          }
        });
    return out;
  }
}
