package dev.autolab.data.profile;

import dev.autolab.core.Row;
import dev.autolab.data.read.Numbers;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;

/**
 * Counts over one column's values, enough to choose its type and role.
 *
 * @param name the column
 * @param missing rows where the value is missing
 * @param present rows where it is not
 * @param numeric present values that are numbers
 * @param integer present values that are whole numbers
 * @param distinct distinct present values
 * @param meanLength mean length of the present values, in characters
 * @param meanTokens mean number of white-space separated tokens of the present values
 * @param sequential whether the values are distinct whole numbers that either increase in row order
 *     or fill a range without gaps, as row numbers and IDs do
 */
public record ColumnStats(
    String name,
    long missing,
    long present,
    long numeric,
    long integer,
    long distinct,
    double meanLength,
    double meanTokens,
    boolean sequential) {

  /** The statistics of {@code column} over {@code rows}. */
  public static ColumnStats of(String column, Iterable<Row> rows) {
    long missing = 0;
    long present = 0;
    long numeric = 0;
    long integer = 0;
    long length = 0;
    long tokens = 0;
    Set<String> distinct = new HashSet<>();
    Sequence sequence = new Sequence();
    for (Row row : rows) {
      String value = row.get(column);
      if (value == null) {
        missing++;
        continue;
      }
      present++;
      numeric += Numbers.isNumber(value) ? 1 : 0;
      integer += Numbers.isInteger(value) ? 1 : 0;
      length += value.length();
      tokens += tokenCount(value);
      distinct.add(value);
      sequence.add(value);
    }
    double n = Math.max(present, 1);
    return new ColumnStats(
        column,
        missing,
        present,
        numeric,
        integer,
        distinct.size(),
        length / n,
        tokens / n,
        integer == present && distinct.size() == present && sequence.isSequential(present));
  }

  /** Whether there are values and every one is a number. */
  public boolean allNumeric() {
    return present > 0 && numeric == present;
  }

  /** Whether there are values and every one is a whole number. */
  public boolean allInteger() {
    return present > 0 && integer == present;
  }

  /** The share of present values that are numbers (0 when none are present). */
  public double numericShare() {
    return present == 0 ? 0 : (double) numeric / present;
  }

  /** Distinct values per present value: 1 when no value repeats. */
  public double distinctShare() {
    return present == 0 ? 0 : (double) distinct / present;
  }

  private static int tokenCount(String value) {
    int count = 0;
    boolean inToken = false;
    for (int i = 0; i < value.length(); i++) {
      boolean space = Character.isWhitespace(value.charAt(i));
      count += !space && !inToken ? 1 : 0;
      inToken = !space;
    }
    return count;
  }

  /** Tracks whether whole numbers increase in row order and how far apart the extremes are. */
  private static final class Sequence {
    private long min = Long.MAX_VALUE;
    private long max = Long.MIN_VALUE;
    private long previous = Long.MIN_VALUE;
    private boolean increasing = true;
    private boolean fits = true;

    void add(String value) {
      if (!fits || !Numbers.isInteger(value)) {
        fits = false;
        return;
      }
      try {
        long v = new BigDecimal(value).longValueExact();
        increasing &= v > previous;
        previous = v;
        min = Math.min(min, v);
        max = Math.max(max, v);
      } catch (ArithmeticException e) {
        fits = false; // beyond long: not a row number
      }
    }

    /** For {@code count} distinct values: increasing, or exactly filling min..max. */
    boolean isSequential(long count) {
      return fits && count > 0 && (increasing || max - min + 1 == count);
    }
  }
}
