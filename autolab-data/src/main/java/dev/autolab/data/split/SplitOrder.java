package dev.autolab.data.split;

import dev.autolab.core.BadInputException;
import java.util.Locale;

/**
 * How the data file is cut into splits: at random (stratified by class for classification), or in
 * time order by a date/time column, so that a model is tuned and tested on rows later than those it
 * learned from, as it will be used.
 *
 * @param byTime whether rows are split in time order
 * @param timeColumn the column that orders them, or {@code null} to use the one date/time column
 */
public record SplitOrder(boolean byTime, String timeColumn) {
  /** The default: stratified random splits. */
  public static final SplitOrder RANDOM = new SplitOrder(false, null);

  public SplitOrder {
    if (!byTime && timeColumn != null) {
      throw new BadInputException(
          "--time-column " + timeColumn + " orders a time split: add --split time");
    }
  }

  /** The order the command line's {@code --split HOW [--time-column COL]} ask for. */
  public static SplitOrder parse(String split, String timeColumn) {
    String how = split == null ? "random" : split.strip().toLowerCase(Locale.ROOT);
    switch (how) {
      case "random":
        return new SplitOrder(false, timeColumn);
      case "time":
        return new SplitOrder(true, timeColumn);
      default:
        throw new BadInputException(
            "--split: expected random (stratified by class) or time (train on the earliest rows,"
                + " test on the latest), got '"
                + split
                + "'");
    }
  }
}
