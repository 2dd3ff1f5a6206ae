package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import dev.autolab.data.images.ImageFolders;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads one input file into a {@link Table}: delimited text, JSON lines or a JSON array, optionally
 * gzip- or zstd-compressed, in any encoding the sniff recognises (see {@link EncodingSniffer}) or
 * the one given. Records that cannot be read are quarantined; only a file that cannot be used at
 * all (missing, empty, no header) raises {@link BadInputException}.
 */
public final class TableReader {
  private TableReader() {}

  /** Reads {@code file} with sniffed settings. */
  public static Table read(Path file) {
    return read(file, ReadOptions.DEFAULTS, ProgressListener.NONE);
  }

  /** Reads {@code file} with sniffed settings, reporting progress. */
  public static Table read(Path file, ProgressListener progress) {
    return read(file, ReadOptions.DEFAULTS, progress);
  }

  /**
   * Reads {@code file}, reporting bytes read (records, for compressed or UTF-16/32 files) to {@code
   * progress}.
   */
  public static Table read(Path file, ReadOptions options, ProgressListener progress) {
    if (ImageFolders.isFolder(file)) {
      return ImageFolders.read(file); // one subfolder per class
    }
    TableCollector[] out = new TableCollector[1];
    Parsed parsed =
        parse(file, options, progress, format -> out[0] = collector(file, format, progress, null));
    Table table = out[0].build(parsed.columns(), parsed.encoding(), parsed.format());
    if (table.rowsRead() == 0) {
      throw new BadInputException(
          file + " has a header but no data rows: add rows or pick another file");
    }
    return table;
  }

  /**
   * Reads {@code file} record by record into {@code sink}, keeping nothing: for files larger than
   * memory.
   */
  public static ReadSummary stream(
      Path file, ReadOptions options, ProgressListener progress, RecordSink sink) {
    TableCollector[] out = new TableCollector[1];
    Parsed parsed =
        parse(file, options, progress, format -> out[0] = collector(file, format, progress, sink));
    return out[0].summary(parsed.columns(), parsed.encoding(), parsed.format());
  }

  private static TableCollector collector(
      Path file, TableFormat format, ProgressListener progress, RecordSink sink) {
    return new TableCollector(file, progress, !format.kind().equals(TableFormat.DELIMITED), sink);
  }

  /** The columns, encoding and layout of a parse whose records went to a collector. */
  private record Parsed(List<String> columns, Encoding encoding, TableFormat format) {}

  private static Parsed parse(
      Path file,
      ReadOptions options,
      ProgressListener progress,
      java.util.function.Function<TableFormat, TableCollector> collectors) {
    checkReadable(file);
    try {
      Encoding encoding = TextFiles.encoding(file, options);
      TableFormat format =
          TableFormat.detect(TextFiles.baseName(file), head(file, encoding), options.delimiter());
      long total = total(file, encoding);
      progress.start("reading " + file.getFileName(), total);
      try {
        TableCollector out = collectors.apply(format);
        List<String> columns = parse(file, encoding, format, options, out);
        progress.advance(total >= 0 ? total : out.read());
        return new Parsed(columns, encoding, format);
      } finally {
        progress.finish();
      }
    } catch (IOException e) {
      throw new BadInputException(
          "cannot read " + file + ": " + e.getMessage() + ": check the file and its permissions",
          e);
    }
  }

  private static List<String> parse(
      Path file, Encoding encoding, TableFormat format, ReadOptions options, TableCollector out)
      throws IOException {
    List<String> columns;
    if (format.jsonArray()) {
      try (Reader reader = TextFiles.reader(file, encoding)) {
        columns = JsonArrayParser.parse(file, reader, out);
      }
    } else {
      try (LineSource lines = TextFiles.lines(file, encoding, options.encoding() == null)) {
        columns =
            format.jsonLines()
                ? JsonLinesParser.parse(file, lines, out)
                : new DelimitedParser(
                        file, lines, format.delimiterChar(), options.maxFieldChars(), out)
                    .parse();
      }
    }
    return columns;
  }

  /** The decoded head, for the layout sniff. */
  private static String head(Path file, Encoding encoding) throws IOException {
    byte[] head = TextFiles.head(file);
    int skip = Math.min(encoding.bomLength(), head.length);
    return encoding
        .charset()
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPLACE)
        .onUnmappableCharacter(CodingErrorAction.REPLACE)
        .decode(java.nio.ByteBuffer.wrap(head, skip, head.length - skip))
        .toString();
  }

  private static long total(Path file, Encoding encoding) throws IOException {
    String name = String.valueOf(file.getFileName());
    boolean plain = TextFiles.baseName(file).equals(name.toLowerCase(java.util.Locale.ROOT));
    return plain && encoding.asciiCompatible() ? Files.size(file) : -1;
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
