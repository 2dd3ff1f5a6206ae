package dev.autolab.cli.predict;

import dev.autolab.core.Json;
import dev.autolab.data.clean.Cleaner;
import dev.autolab.data.clean.ColumnCleaning;
import dev.autolab.data.read.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The value cleaning of the training data, kept in the model package as {@code cleaning.json} and
 * repeated on the input of {@code predict} and {@code evaluate}: a model trained on HTML made text
 * must not be asked about raw HTML.
 */
public final class InputCleaning {
  static final String FILE = "cleaning.json";

  /**
   * The persisted form, {@value #SCHEMA_VERSION}: version 2 adds a column's {@code email} (written
   * only when true); version 1 files read as without it.
   */
  record Saved(int schemaVersion, List<ColumnCleaning> columns) {}

  static final int SCHEMA_VERSION = 2;

  private InputCleaning() {}

  /** Keeps {@code cleaning} beside the model in {@code modelDir}. */
  public static void save(Path modelDir, List<ColumnCleaning> cleaning) {
    Json.write(modelDir.resolve(FILE), new Saved(SCHEMA_VERSION, cleaning));
  }

  /** {@code table} cleaned as the model's training data was; unchanged for older packages. */
  public static Table apply(Path modelDir, Table table) {
    Path file = modelDir.resolve(FILE);
    if (!Files.exists(file)) {
      return table;
    }
    Saved saved;
    try {
      saved = Json.mapper().readValue(file.toFile(), Saved.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    Cleaner cleaner = Cleaner.of(saved.columns());
    return new Table(
        table.source(),
        table.columns(),
        table.rows().stream().map(cleaner::clean).toList(),
        table.quarantined(),
        table.rowsRead(),
        table.encoding(),
        table.format(),
        table.repairs());
  }
}
