package dev.autolab.data.split;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds the column a time split is ordered by: the one named, which must hold dates, or else the
 * only column that does.
 */
public final class TimeColumn {
  /**
   * Share of a column's present values that must read as dates for it to be a date/time column: the
   * same bar as cleaning's date layouts, so that a few stray values (quarantined by the split) do
   * not hide a date column, and a column of mostly other things is not taken for one.
   */
  static final double TIME_SHARE = 0.95;

  private TimeColumn() {}

  /**
   * The column to order {@code rows} by.
   *
   * @param columns the data's columns
   * @param rows the rows of the data files, cleaned
   * @param target the target column, never a time column
   * @param named the column the user named, or {@code null} to find the one date/time column
   * @throws BadInputException when the named column is not a date/time column, or when none or
   *     several columns are and none is named
   */
  public static String choose(List<String> columns, List<Row> rows, String target, String named) {
    if (named != null) {
      return checked(columns, rows, named);
    }
    List<String> times =
        columns.stream().filter(c -> !c.equals(target) && share(c, rows).isTime()).toList();
    if (times.size() == 1) {
      return times.get(0);
    }
    if (times.isEmpty()) {
      throw new BadInputException(
          "--split time needs a date/time column, and no column holds dates (ISO 8601 such as"
              + " 2024-03-05 or 2024-03-05T14:30, or one layout such as 05.03.2024): name one with"
              + " --time-column, or use --split random");
    }
    throw new BadInputException(
        "--split time: several columns hold dates ("
            + String.join(", ", times)
            + "): name the one to order by with --time-column");
  }

  private static String checked(List<String> columns, List<Row> rows, String named) {
    if (!columns.contains(named)) {
      throw new BadInputException(
          String.format(
              "--time-column '%s' is not a column; the columns are: %s",
              named, String.join(", ", columns)));
    }
    Share share = share(named, rows);
    if (!share.isTime()) {
      throw new BadInputException(
          String.format(
              Locale.ROOT,
              "--time-column '%s' is not a date/time column: %d of %d values read as dates%s;"
                  + " name a column of ISO 8601 dates (2024-03-05, 2024-03-05T14:30) or use"
                  + " --split random",
              named,
              share.times(),
              share.present(),
              share.example().map(v -> " ('" + abbreviated(v) + "' does not)").orElse("")));
    }
    return named;
  }

  /** How many present values of {@code column} read as dates, with one that does not. */
  private static Share share(String column, List<Row> rows) {
    long present = 0;
    long times = 0;
    String example = null;
    for (Row row : rows) {
      String value = row.get(column);
      if (value == null) {
        continue;
      }
      present++;
      if (TimeValues.isTime(value)) {
        times++;
      } else if (example == null) {
        example = value;
      }
    }
    return new Share(present, times, Optional.ofNullable(example));
  }

  private static String abbreviated(String value) {
    return value.length() <= 40 ? value : value.substring(0, 40) + "...";
  }

  private record Share(long present, long times, Optional<String> example) {
    Share {
      Objects.requireNonNull(example, "example");
    }

    boolean isTime() {
      return present > 0 && times >= TIME_SHARE * present;
    }
  }
}
