package dev.autolab.eval.slice;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The slices of a column the user names ({@code --slice-by COL}): its values when it has at most
 * {@value #MAX_VALUES} of them (the rest grouped as "other"), its quartiles when it is numeric.
 */
public final class ColumnSlicer implements Slicer {
  static final int MAX_VALUES = 20;
  static final String MISSING = "(missing)";
  private final String column;
  private final double[] quartiles;
  private final Set<String> kept;

  private ColumnSlicer(String column, double[] quartiles, Set<String> kept) {
    this.column = column;
    this.quartiles = quartiles;
    this.kept = kept;
  }

  /**
   * A slicer over {@code column} as it occurs in {@code rows}.
   *
   * @throws BadInputException when no row has the column
   */
  public static ColumnSlicer of(String column, List<Row> rows, Set<String> knownColumns) {
    if (!knownColumns.contains(column)) {
      throw new BadInputException(
          "--slice-by " + column + ": no such column; the data has " + knownColumns);
    }
    List<String> values = new ArrayList<>();
    for (Row row : rows) {
      String value = row.get(column);
      if (value != null && !value.isBlank()) {
        values.add(value.trim());
      }
    }
    Map<String, Integer> counts = new HashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    double[] numbers = numbers(values);
    if (counts.size() > MAX_VALUES && numbers != null) {
      Arrays.sort(numbers);
      double[] q = {at(numbers, 0.25), at(numbers, 0.5), at(numbers, 0.75)};
      return new ColumnSlicer(column, q, Set.of());
    }
    Set<String> kept = new HashSet<>();
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
        .limit(MAX_VALUES - 1L)
        .forEach(e -> kept.add(e.getKey()));
    return new ColumnSlicer(column, null, kept);
  }

  private static double[] numbers(List<String> values) {
    double[] numbers = new double[values.size()];
    for (int i = 0; i < numbers.length; i++) {
      try {
        numbers[i] = Double.parseDouble(values.get(i));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return numbers;
  }

  private static double at(double[] sorted, double q) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, q * sorted.length)];
  }

  @Override
  public String name() {
    return column;
  }

  @Override
  public String sliceOf(Row row, int actual) {
    String value = row.get(column);
    if (value == null || value.isBlank()) {
      return MISSING;
    }
    value = value.trim();
    if (quartiles == null) {
      return kept.contains(value) ? value : "other";
    }
    double x = Double.parseDouble(value);
    for (int q = 0; q < quartiles.length; q++) {
      if (x <= quartiles[q]) {
        return String.format(Locale.ROOT, "Q%d: <= %s", q + 1, quartiles[q]);
      }
    }
    return String.format(Locale.ROOT, "Q4: > %s", quartiles[2]);
  }
}
