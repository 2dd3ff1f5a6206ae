package dev.autolab.data.profile;

import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.read.Numbers;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds feature columns that give the target away: a category that names the class (a folder or
 * source column such as the spam corpus's "group"), or a copy of a numeric target. A model trained
 * with one scores perfectly and learns nothing it can use on new data.
 */
public final class LeakFinder {
  /** Share of rows whose class is the majority class of their value, from which a column leaks. */
  static final double PURITY = 0.995;

  /** A leak needs at least this many rows per distinct value to be told from a rare category. */
  static final double ROWS_PER_VALUE = 10;

  /** Above this share of the largest class, any column looks pure: no verdict. */
  static final double MAX_BASELINE = 0.9;

  private LeakFinder() {}

  /** Why {@code feature} leaks the target, if it does. */
  public static Optional<String> leak(
      ColumnProfile feature, String target, Task task, List<Row> rows) {
    if (task == Task.CLASSIFICATION && feature.columnType() == ColumnType.CATEGORICAL) {
      return categorical(feature.name(), target, rows);
    }
    if (task == Task.REGRESSION && feature.columnType() == ColumnType.NUMERIC) {
      return copy(feature.name(), target, rows);
    }
    return Optional.empty();
  }

  private static Optional<String> categorical(String column, String target, List<Row> rows) {
    Map<String, Map<String, Long>> byValue = new HashMap<>();
    Map<String, Long> classes = new HashMap<>();
    long present = 0;
    for (Row row : rows) {
      String value = row.get(column);
      if (value != null) {
        present++;
        byValue.computeIfAbsent(value, v -> new HashMap<>()).merge(row.get(target), 1L, Long::sum);
        classes.merge(row.get(target), 1L, Long::sum);
      }
    }
    if (present == 0 || byValue.size() < 2 || present < ROWS_PER_VALUE * byValue.size()) {
      return Optional.empty();
    }
    long baseline = classes.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long pure =
        byValue.values().stream()
            .mapToLong(c -> c.values().stream().mapToLong(Long::longValue).max().orElse(0))
            .sum();
    double purity = (double) pure / present;
    if (purity < PURITY || baseline > MAX_BASELINE * present) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "leaks the target: its value fixes the class in %.1f%% of rows",
            100 * purity));
  }

  private static Optional<String> copy(String column, String target, List<Row> rows) {
    long both = 0;
    long equal = 0;
    for (Row row : rows) {
      String a = row.get(column);
      String b = row.get(target);
      if (Numbers.isNumber(a) && Numbers.isNumber(b)) {
        both++;
        equal += Double.parseDouble(a) == Double.parseDouble(b) ? 1 : 0;
      }
    }
    return both > 0 && equal >= PURITY * both
        ? Optional.of("leaks the target: a copy of it")
        : Optional.empty();
  }
}
