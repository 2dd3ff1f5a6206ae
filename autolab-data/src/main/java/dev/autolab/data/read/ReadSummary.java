package dev.autolab.data.read;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What streaming a file found, its rows and rejected records having gone to a {@link RecordSink}.
 *
 * @param source the file
 * @param columns its columns (for JSON: in order of first appearance)
 * @param rowsRead data records read
 * @param encoding the encoding it was read in
 * @param format the layout it was read as
 * @param repairs kinds of repair made to kept rows, with how many rows each
 */
public record ReadSummary(
    Path source,
    List<String> columns,
    long rowsRead,
    Encoding encoding,
    TableFormat format,
    Map<String, Long> repairs) {
  public ReadSummary {
    columns = List.copyOf(columns);
    repairs = Map.copyOf(repairs);
  }
}
