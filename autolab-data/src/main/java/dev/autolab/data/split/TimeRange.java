package dev.autolab.data.split;

import java.util.Objects;

/**
 * The earliest and latest time of one split of a time split, as the time column writes them.
 *
 * @param first the earliest time
 * @param last the latest time
 */
public record TimeRange(String first, String last) {
  public TimeRange {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
  }
}
