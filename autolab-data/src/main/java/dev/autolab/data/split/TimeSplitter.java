package dev.autolab.data.split;

import dev.autolab.core.Row;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Divides rows into train, valid and test in time order: train holds the earliest rows, valid the
 * next, test the latest, so that a model is chosen and measured on rows later than any it learned
 * from (what forecasting needs, and what a random split hides: tomorrow's rows leak into training).
 *
 * <p>The sizes are those {@link Splitter}'s pattern deals for the same weights (8:1:1 gives 80, 10,
 * 10 of 100 rows). A cut is moved to the nearest change of time, within the bounds that keep every
 * split that should have rows non-empty, so that rows of one time are not spread over two splits;
 * where no such change exists the cut stays and those rows are divided in input order. Rows of
 * equal time keep their input order; within each split, rows keep their input order.
 */
public final class TimeSplitter {
  private static final String[] NAMES = {"train", "valid", "test"};

  private final int[] weights;

  /** A splitter cutting rows in the ratio {@code train : valid : test} (whole-number weights). */
  public TimeSplitter(int train, int valid, int test) {
    this.weights = Splitter.weights(train, valid, test);
  }

  /** Splits {@code rows} by the time in {@code column}, which every row must have. */
  public Splits split(List<Row> rows, String column) {
    int n = rows.size();
    Instant[] times = rows.stream().map(row -> instant(row, column)).toArray(Instant[]::new);
    int[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparing((Integer i) -> times[i]))
            .mapToInt(Integer::intValue)
            .toArray();
    Instant[] sorted = IntStream.of(order).mapToObj(i -> times[i]).toArray(Instant[]::new);
    int[] sizes = sizes(n);
    int afterValid = sizes[1] > 0 ? 1 : 0;
    int afterTest = sizes[2] > 0 ? 1 : 0;
    int trainEnd = cut(sorted, sizes[0], Math.min(1, n), n - afterValid - afterTest);
    int validEnd = cut(sorted, trainEnd + sizes[1], trainEnd + afterValid, n - afterTest);
    int[] assigned = new int[n];
    for (int position = 0; position < n; position++) {
      assigned[order[position]] = position < trainEnd ? 0 : position < validEnd ? 1 : 2;
    }
    return new Splits(
        Splitter.pick(rows, assigned, 0),
        Splitter.pick(rows, assigned, 1),
        Splitter.pick(rows, assigned, 2));
  }

  /** The first and last time of each non-empty split, as written in {@code column}. */
  public static Map<String, TimeRange> ranges(Splits splits, String column) {
    Map<String, TimeRange> ranges = new LinkedHashMap<>();
    List<List<Row>> all = List.of(splits.train(), splits.valid(), splits.test());
    for (int k = 0; k < NAMES.length; k++) {
      List<Row> rows = all.get(k).stream().filter(r -> TimeValues.isTime(r.get(column))).toList();
      if (!rows.isEmpty()) {
        Comparator<Row> byTime = Comparator.comparing(row -> instant(row, column));
        ranges.put(
            NAMES[k],
            new TimeRange(
                rows.stream().min(byTime).orElseThrow().get(column),
                rows.stream().max(byTime).orElseThrow().get(column)));
      }
    }
    return ranges;
  }

  /** Rows per split: how many of the first {@code n} places the random splitter's pattern deals. */
  int[] sizes(int n) {
    int[] pattern = Splitter.pattern(weights);
    int[] sizes = new int[3];
    for (int position = 0; position < n; position++) {
      sizes[pattern[position % pattern.length]]++;
    }
    return sizes;
  }

  /**
   * The place nearest {@code wanted} in {@code [low, high]} where the time changes (the later one
   * of two as near; both ends of the rows count as changes), or {@code wanted} kept within the
   * bounds when the time changes nowhere there.
   */
  static int cut(Instant[] sorted, int wanted, int low, int high) {
    int best = -1;
    for (int place = low; place <= high; place++) {
      boolean change =
          place == 0 || place == sorted.length || sorted[place - 1].isBefore(sorted[place]);
      if (change && (best < 0 || Math.abs(place - wanted) <= Math.abs(best - wanted))) {
        best = place;
      }
    }
    if (best >= 0) {
      return best;
    }
    return Math.max(low, Math.min(high, wanted));
  }

  private static Instant instant(Row row, String column) {
    return TimeValues.instant(row.get(column))
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no time in '" + column + "' at " + row.source() + ":" + row.line()));
  }
}
