package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;

/** Turns I/O and syntax failures into messages that say where and what to do. */
final class ReadErrors {
  private ReadErrors() {}

  /** A failure while reading {@code file} at (or just after) {@code line}. */
  static BadInputException at(Path file, long line, Throwable cause) {
    if (cause instanceof CharacterCodingException) {
      return new BadInputException(
          file
              + " near line "
              + line
              + " is not valid UTF-8: re-save it as UTF-8 (e.g. iconv -f latin1 -t utf-8)",
          cause);
    }
    return new BadInputException(
        file
            + " line "
            + line
            + ": "
            + cause.getMessage()
            + " (check the quoting: a quote that opens a field must close it)",
        cause);
  }

  /** A failure before any line was read: the file cannot be opened or decompressed. */
  static BadInputException unreadable(Path file, IOException cause) {
    if (cause instanceof CharacterCodingException) {
      return at(file, 1, cause);
    }
    return new BadInputException(
        "cannot read " + file + ": " + cause.getMessage() + ": check the file and its permissions",
        cause);
  }
}
