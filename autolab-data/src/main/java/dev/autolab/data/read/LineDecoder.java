package dev.autolab.data.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Decodes the bytes of one line in the file's encoding. A line that is not valid there (a line of
 * Windows-1251 in a UTF-8 file, as concatenated exports produce) is decoded in the file's second
 * code page ({@link CodePageScan}) when it has one and the result reads as text, and the repair is
 * recorded; otherwise the line is marked undecodable so that its row is quarantined rather than
 * filled with replacement characters.
 */
final class LineDecoder {
  private final Charset charset;
  private final Optional<Charset> fallback;
  private final CharsetDecoder strict;

  LineDecoder(Encoding encoding, Optional<Charset> fallback) {
    this.charset = encoding.charset();
    this.fallback = fallback;
    this.strict =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  Line decode(long number, long offset, byte[] bytes, int length) {
    if (Ascii.isPrintable(bytes, length)) {
      return new Line(number, offset, latin1(bytes, length), null, null, true);
    }
    if (isAscii(bytes, length)) {
      // the common case: ASCII is the same in every encoding this path reads
      return withoutNul(new Line(number, offset, latin1(bytes, length), null, null));
    }
    try {
      CharBuffer chars = strict.decode(ByteBuffer.wrap(bytes, 0, length));
      return withoutNul(new Line(number, offset, chars.toString(), null, null));
    } catch (CharacterCodingException e) {
      return withoutNul(recover(number, offset, Arrays.copyOf(bytes, length)));
    }
  }

  private Line recover(long number, long offset, byte[] bytes) {
    Optional<Charset> page = fallback;
    if (page.isPresent() && !page.get().equals(charset)) {
      String text = new String(bytes, page.get());
      if (mostlyLetters(text)) {
        return new Line(number, offset, text, "decoded as " + page.get().name(), null);
      }
    }
    String lossy = new String(bytes, charset); // replacement characters, for the log only
    return new Line(number, offset, lossy, null, "undecodable bytes (not valid " + charset + ")");
  }

  /** NUL characters carry nothing in text and break tools downstream: removed, and counted. */
  static Line withoutNul(Line line) {
    String text = line.text();
    if (text.indexOf('\0') < 0) {
      return line;
    }
    String repair = line.repair() == null ? "NUL bytes removed" : line.repair();
    return line.withText(text.replace("\0", ""), repair);
  }

  /**
   * Whether the non-ASCII characters of a re-decoded line are mostly letters, as in real text in a
   * code page; flipped or binary bytes decode to controls and symbols instead.
   */
  private static boolean mostlyLetters(String text) {
    int nonAscii = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80) {
        nonAscii++;
        letters += Character.isLetter(c) ? 1 : 0;
      }
    }
    return letters >= 0.9 * nonAscii;
  }

  private static boolean isAscii(byte[] b, int n) {
    return Ascii.firstNonAscii(b, 0, n) == n;
  }

  private static String latin1(byte[] b, int n) {
    return new String(b, 0, n, StandardCharsets.ISO_8859_1);
  }
}
