package dev.autolab.data.read;

import dev.autolab.core.Row;

/** Receives the records of a file as they are read, for data too large to hold in memory. */
public interface RecordSink {
  /** A row that parsed, values cleaned; its keys may be in any order (JSON). */
  void row(Row row);

  /** A record that could not be read. */
  void quarantine(QuarantineEntry entry);
}
