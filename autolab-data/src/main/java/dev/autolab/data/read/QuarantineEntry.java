package dev.autolab.data.read;

import java.util.Objects;

/**
 * One input row that was not used, with the reason, so that nothing disappears silently. Written as
 * one line of {@code data/quarantine.jsonl}.
 *
 * @param source the file the row came from, as given
 * @param line the 1-based line where the record starts
 * @param reason why it was set aside, e.g. "missing target" or "expected 5 fields, found 4"
 * @param raw the record's text: the CSV record re-encoded in the file's delimiter, the JSONL line
 *     as read, or (for rows rejected after parsing) the cleaned row as a JSON object
 */
public record QuarantineEntry(String source, long line, String reason, String raw) {
  public QuarantineEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raw, "raw");
  }
}
