package dev.autolab.data.read;

import dev.autolab.core.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The parsed content of one input file: its columns, the rows that parsed and the records that did
 * not. Every data record read is either a row or a quarantine entry.
 *
 * @param source the file as given
 * @param columns the column names in file order (for JSON: in order of first appearance)
 * @param rows the parsed rows with cleaned values, each holding every column
 * @param quarantined the records that could not be parsed
 * @param rowsRead the number of data records read (blank lines and the header not counted)
 * @param encoding the encoding the file was read in
 * @param format the layout the file was read as
 * @param repairs kinds of repair made to kept rows, with how many rows each
 */
public record Table(
    Path source,
    List<String> columns,
    List<Row> rows,
    List<QuarantineEntry> quarantined,
    long rowsRead,
    Encoding encoding,
    TableFormat format,
    Map<String, Long> repairs) {
  public Table {
    Objects.requireNonNull(source, "source");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
    quarantined = List.copyOf(quarantined);
    repairs = Map.copyOf(repairs);
    if (rowsRead != rows.size() + quarantined.size()) {
      throw new IllegalStateException(
          source
              + ": read "
              + rowsRead
              + " records but kept "
              + rows.size()
              + " and quarantined "
              + quarantined.size());
    }
  }
}
