package dev.autolab.train.bench;

import dev.autolab.core.Row;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the benchmark CSV files into rows (the data module owns real reading; tests only need
 * this). Empty fields and the given missing markers become {@code null}.
 */
public final class BenchFiles {
  /** Where the benchmark script leaves its data sets. */
  public static final Path ROOT = Path.of(System.getProperty("user.home"), ".cache/autolab-bench");

  private BenchFiles() {}

  /** The rows of {@code file}, keeping only {@code columns} (all when empty). */
  public static List<Row> read(Path file, Set<String> columns, Set<String> missing) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      List<Row> rows = new ArrayList<>();
      for (CSVRecord record : parser) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String column : parser.getHeaderNames()) {
          if (columns.isEmpty() || columns.contains(column)) {
            String value = record.get(column);
            values.put(column, value.isEmpty() || missing.contains(value) ? null : value);
          }
        }
        // Record number + 1 for the header: exact for files without multi-line fields.
        rows.add(new Row(file.toString(), record.getRecordNumber() + 1, values));
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
