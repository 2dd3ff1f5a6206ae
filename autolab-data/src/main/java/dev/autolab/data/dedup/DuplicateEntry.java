package dev.autolab.data.dedup;

import java.util.Objects;

/**
 * One row removed as a duplicate, with the row it repeats, so that every row read can be traced.
 * Written as one line of {@code data/duplicates.jsonl}.
 *
 * @param source the file of the removed row
 * @param line its 1-based line
 * @param reason "exact duplicate", "valid row duplicates a train row", ...
 * @param keptSource the file of the row kept in its place
 * @param keptLine that row's line
 */
public record DuplicateEntry(
    String source, long line, String reason, String keptSource, long keptLine) {
  public DuplicateEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(keptSource, "keptSource");
  }
}
