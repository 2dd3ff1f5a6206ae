package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads one CSV, TSV or JSON-lines file (optionally gzipped) into a {@link Table}: UTF-8 with or
 * without a byte order mark, values cleaned by {@link Values}. The format comes from the extension
 * and, for {@code .csv}, {@code .txt} and unknown extensions, from a delimiter sniff of the header
 * line (comma, tab or semicolon). See {@link TableFormat#detect}.
 */
public final class TableReader {
  private TableReader() {}

  /** Reads {@code file}; throws {@link BadInputException} when it cannot be used at all. */
  public static Table read(Path file) {
    return read(file, ProgressListener.NONE);
  }

  /** Reads {@code file}, reporting the number of records read to {@code progress}. */
  public static Table read(Path file, ProgressListener progress) {
    if (dev.autolab.data.images.ImageFolders.isFolder(file)) {
      return dev.autolab.data.images.ImageFolders.read(file); // one subfolder per class
    }
    checkReadable(file);
    progress.start("reading " + file.getFileName(), -1);
    try {
      Table table = parse(file, progress);
      if (table.rowsRead() == 0) {
        throw new BadInputException(
            file + " has a header but no data rows: add rows or pick another file");
      }
      return table;
    } finally {
      progress.finish();
    }
  }

  private static Table parse(Path file, ProgressListener progress) {
    try {
      TableFormat format = TableFormat.detect(file);
      try (BufferedReader reader = TextFiles.open(file)) {
        return format.jsonLines()
            ? JsonLinesParser.parse(file, reader, progress)
            : DelimitedParser.parse(file, reader, format.delimiter(), progress);
      }
    } catch (IOException e) {
      throw ReadErrors.unreadable(file, e);
    }
  }

  private static void checkReadable(Path file) {
    if (!Files.exists(file)) {
      throw new BadInputException("input file " + file + " does not exist: check the path");
    }
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(file + " is not a file: give the path of a CSV or JSONL file");
    }
    if (!Files.isReadable(file)) {
      throw new BadInputException(file + " cannot be read: check its permissions");
    }
  }
}
