package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * Opens input files: decompressed ({@code .gz}, {@code .zst}, recognised by their magic bytes
 * whatever the name), their encoding sniffed, and split into lines. Formats that are not text
 * (Parquet, Excel) are refused with what to do instead.
 */
final class TextFiles {
  private static final int BUFFER = 1 << 16;

  private TextFiles() {}

  /** The decompressed bytes of {@code file}. */
  static InputStream bytes(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    in.mark(8);
    byte[] magic = in.readNBytes(4);
    in.reset();
    if (startsWith(magic, 0x1F, 0x8B)) {
      return new BufferedInputStream(new GZIPInputStream(in, BUFFER), BUFFER);
    }
    if (startsWith(magic, 0x28, 0xB5, 0x2F, 0xFD)) {
      return new BufferedInputStream(new ZstdInputStream(in), BUFFER);
    }
    refuseBinary(file, magic);
    return in;
  }

  /** The first {@link EncodingSniffer#HEAD_BYTES} decompressed bytes. */
  static byte[] head(Path file) throws IOException {
    try (InputStream in = bytes(file)) {
      return in.readNBytes(EncodingSniffer.HEAD_BYTES);
    }
  }

  /** The file's encoding: the user's choice, or sniffed from its head. */
  static Encoding encoding(Path file, ReadOptions options) throws IOException {
    byte[] head = head(file);
    return options.encoding() != null
        ? EncodingSniffer.forced(options.encoding(), head, head.length)
        : EncodingSniffer.sniff(head, head.length);
  }

  /**
   * The file's lines, decoded. A sniffed UTF-8 file is first scanned for lines in a second code
   * page; an encoding the user gave is taken at its word.
   */
  static LineSource lines(Path file, Encoding encoding, boolean sniffed) throws IOException {
    Optional<Charset> second = Optional.empty();
    if (sniffed && encoding.charset().equals(StandardCharsets.UTF_8)) {
      try (InputStream scan = bytes(file)) {
        second = CodePageScan.secondary(scan);
      }
    }
    InputStream in = bytes(file);
    in.skipNBytes(encoding.bomLength());
    if (encoding.asciiCompatible()) {
      return new ByteLines(in, new LineDecoder(encoding, second), encoding.bomLength());
    }
    return new CharLines(reader(in, encoding));
  }

  /** The whole file as characters (for JSON documents), malformed input replaced. */
  static Reader reader(Path file, Encoding encoding) throws IOException {
    InputStream in = bytes(file);
    in.skipNBytes(encoding.bomLength());
    return reader(in, encoding);
  }

  /** The file's lower-case name without a compression suffix, for format detection. */
  static String baseName(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    for (String suffix : new String[] {".gz", ".zst"}) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }

  private static Reader reader(InputStream in, Encoding encoding) {
    return new InputStreamReader(
        in,
        encoding
            .charset()
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE));
  }

  private static void refuseBinary(Path file, byte[] magic) {
    String name = baseName(file);
    if (startsWith(magic, 'P', 'A', 'R', '1') || name.endsWith(".parquet")) {
      throw new BadInputException(
          file
              + " is a Parquet file, which prepare does not read yet: export it as CSV or JSON"
              + " lines (e.g. pandas.read_parquet(f).to_csv(out, index=False))");
    }
    if (startsWith(magic, 'P', 'K', 3, 4)) {
      throw new BadInputException(
          file
              + " is a zip archive (an Excel workbook?): unpack it, or save the sheet as CSV"
              + " (UTF-8)");
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
