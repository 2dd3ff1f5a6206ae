package dev.autolab.data.read;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One input row that was not used, with the reason, so that nothing disappears silently. Written as
 * one line of {@code data/quarantine.jsonl}.
 *
 * @param source the file the row came from, as given
 * @param line the 1-based line where the record starts
 * @param offset the byte offset where the record starts in the (decompressed) file, or {@code null}
 *     where it is not known
 * @param reason why it was set aside, e.g. "missing target" or "expected 5 fields, found 4"
 * @param raw the record's text as decoded (cut to {@value #RAW_LIMIT} characters, the cut said), or
 *     (for rows rejected after parsing) the cleaned row as a JSON object
 */
public record QuarantineEntry(
    String source,
    long line,
    @JsonInclude(JsonInclude.Include.NON_NULL) Long offset,
    String reason,
    String raw) {
  /** Enough of a record to recognise it; a 200 KB field would make the log unreadable. */
  public static final int RAW_LIMIT = 10_000;

  public QuarantineEntry {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(raw, "raw");
    if (raw.length() > RAW_LIMIT) {
      raw =
          raw.substring(0, RAW_LIMIT)
              + "... ["
              + (raw.length() - RAW_LIMIT)
              + " more characters not shown]";
    }
  }

  /** An entry whose byte offset is not known. */
  public QuarantineEntry(String source, long line, String reason, String raw) {
    this(source, line, null, reason, raw);
  }
}
