package dev.autolab.data.read;

import dev.autolab.core.BadInputException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;

/**
 * How to read input files when the sniffers should not decide alone.
 *
 * @param encoding the charset of every file, or {@code null} to sniff it per file
 * @param delimiter the field delimiter of delimited files, or {@code null} to sniff it
 * @param maxFieldChars a field longer than this quarantines its row ("oversize field")
 */
public record ReadOptions(Charset encoding, Character delimiter, int maxFieldChars) {
  /**
   * 100,000 characters: longer than any e-mail body or review in the benchmark data, shorter than
   * the pasted dumps and binary blobs that turn up in scraped files.
   */
  public static final int DEFAULT_MAX_FIELD_CHARS = 100_000;

  public static final ReadOptions DEFAULTS = new ReadOptions(null, null, DEFAULT_MAX_FIELD_CHARS);

  public ReadOptions {
    if (maxFieldChars < 1) {
      throw new BadInputException("--max-field-chars must be at least 1, got " + maxFieldChars);
    }
    if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
      throw new BadInputException("--delimiter cannot be a quote or a line break");
    }
  }

  /** Parses the {@code --encoding} option; {@code null} or "auto" means sniff. */
  public static Charset charset(String name) {
    if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
      return null;
    }
    try {
      return Charset.forName(name.trim());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new BadInputException(
          "--encoding: unknown charset '"
              + name
              + "': use a name such as UTF-8, UTF-16, windows-1251, KOI8-R or ISO-8859-1");
    }
  }

  /** Parses the {@code --delimiter} option: one character, or "tab", "\t"; null means sniff. */
  public static Character delimiter(String text) {
    if (text == null || text.isEmpty() || text.equalsIgnoreCase("auto")) {
      return null;
    }
    if (text.equalsIgnoreCase("tab") || text.equals("\\t")) {
      return '\t';
    }
    if (text.length() != 1) {
      throw new BadInputException(
          "--delimiter: expected one character (or 'tab'), got '" + text + "'");
    }
    return text.charAt(0);
  }
}
