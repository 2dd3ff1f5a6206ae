package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads RFC 4180 delimited text with a header row. Quoted fields may hold delimiters, doubled
 * quotes and line breaks; a record with the wrong number of fields is quarantined, not fatal.
 */
final class DelimitedParser {
  private final Path file;
  private final CSVFormat format;
  private final TableCollector out;
  private List<String> columns;

  private DelimitedParser(Path file, char delimiter, ProgressListener progress) {
    this.file = file;
    // Blank lines are kept (and skipped here) so that record start lines can be counted exactly.
    this.format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .setTrailingData(true)
            .get();
    this.out = new TableCollector(file, progress, false);
  }

  static Table parse(Path file, Reader reader, char delimiter, ProgressListener progress)
      throws IOException {
    return new DelimitedParser(file, delimiter, progress).parse(reader);
  }

  private Table parse(Reader reader) throws IOException {
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      readRecords(parser);
    }
    if (columns == null) {
      throw new BadInputException(file + " is empty: expected a header row with column names");
    }
    return out.build(columns);
  }

  private void readRecords(CSVParser parser) {
    Iterator<CSVRecord> records = parser.iterator();
    long endOfPrevious = 0;
    try {
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = endOfPrevious + 1; // the parser counts the line breaks consumed so far
        endOfPrevious = parser.getCurrentLineNumber();
        accept(record, line);
      }
    } catch (UncheckedIOException e) {
      throw ReadErrors.at(file, endOfPrevious + 1, e.getCause());
    }
  }

  private void accept(CSVRecord record, long line) {
    if (record.size() == 1 && record.get(0).isBlank()) {
      return; // a blank line is not a record
    }
    if (columns == null) {
      columns = Headers.names(file, record.toList());
    } else if (record.size() != columns.size()) {
      String reason = "expected " + columns.size() + " fields, found " + record.size();
      out.quarantine(line, reason, format.format((Object[]) record.values()));
    } else {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < columns.size(); i++) {
        values.put(columns.get(i), Values.clean(record.get(i)));
      }
      out.row(line, values);
    }
  }
}
