package dev.autolab.data.read;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/** Opens input files as UTF-8 text, transparently un-gzipping {@code .gz} files. */
final class TextFiles {
  private static final int BUFFER = 1 << 16;

  private TextFiles() {}

  /**
   * A reader positioned after any byte order mark. Malformed UTF-8 is reported (as a {@link
   * java.nio.charset.CharacterCodingException}) rather than silently replaced, so that a Latin-1
   * file is not turned into rows full of replacement characters.
   */
  static BufferedReader open(Path file) throws IOException {
    InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER);
    if (isGzip(file)) {
      in = new GZIPInputStream(in, BUFFER);
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), BUFFER);
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
    return reader;
  }

  /** The file's lower-case name without a trailing {@code .gz}, for format detection. */
  static String baseName(Path file) {
    String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
    return isGzip(file) ? name.substring(0, name.length() - 3) : name;
  }

  private static boolean isGzip(Path file) {
    return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".gz");
  }
}
