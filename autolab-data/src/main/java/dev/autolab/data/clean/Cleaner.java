package dev.autolab.data.clean;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import dev.autolab.data.profile.ColumnStats;
import dev.autolab.data.profile.ColumnTyper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    return decide(columns, rows, Set.of());
  }

  /**
   * The cleaner for {@code columns}, decided over {@code rows}; the {@code emails} columns hold
   * e-mails, whose headers (but the subject) and quoted replies are removed.
   */
  public static Cleaner decide(List<String> columns, List<Row> rows, Set<String> emails) {
    return new Cleaner(
        columns.stream().map(c -> ColumnCleaner.decide(c, rows, emails.contains(c))).toList());
  }

  /**
   * The columns that hold e-mails when a user says the texts are e-mails: the {@code textColumn}
   * (when given) and every other column that reads as free text by {@link ColumnTyper}'s rule, but
   * the target.
   *
   * @throws BadInputException when no column reads as free text
   */
  public static Set<String> emailColumns(
      List<String> columns, List<Row> rows, String target, String textColumn) {
    Set<String> texts = new LinkedHashSet<>();
    for (String column : columns) {
      boolean prose =
          column.equals(textColumn)
              || ColumnTyper.typeOf(ColumnStats.of(column, rows)) == ColumnType.TEXT;
      if (prose && !column.equals(target)) {
        texts.add(column);
      }
    }
    if (texts.isEmpty()) {
      throw new BadInputException(
          "--email cleans free-text columns, and none of "
              + String.join(", ", columns)
              + " reads as free text: name the e-mail column with --text, or drop --email");
    }
    return texts;
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
      ColumnCleaner.Repair cleaned = column.clean(row.get(column.column));
      if (cleaned != null) {
        if (values == null) {
          values = new LinkedHashMap<>(row.values());
        }
        values.put(column.column, cleaned.value());
        cleaned.kinds().forEach(kind -> repairs.merge(kind, 1L, Long::sum));
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
      ColumnCleaner.Repair cleaned = columns.get(i).clean(values[i], printable);
      if (cleaned != null) {
        values[i] = cleaned.value();
        cleaned.kinds().forEach(kind -> repairs.merge(kind, 1L, Long::sum));
      }
    }
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
