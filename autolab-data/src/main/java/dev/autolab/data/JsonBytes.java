package dev.autolab.data;

import java.util.Arrays;

/**
 * A growable byte buffer that writes JSON strings as UTF-8, byte for byte as the shared Jackson
 * mapper writes them (the control characters below U+0020 escaped, {@code \b \t \n \f \r} in their
 * short forms and the others as <code>&#92;u00XX</code>; quote and backslash escaped; surrogates
 * escaped one by one; everything else as UTF-8), so that streamed split files and fingerprints
 * equal the in-memory ones.
 *
 * <p>Written here because a streamed prepare encodes every value of a file larger than memory:
 * going through Jackson's generator and a character writer cost more than parsing the file.
 */
final class JsonBytes {
  private static final byte[] HEX =
      "0123456789ABCDEF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** The longest encoding of one character: an escape such as <code>&#92;u001F</code>. */
  private static final int MAX_BYTES_PER_CHAR = 6;

  private byte[] bytes = new byte[1 << 12];
  private int length;

  int length() {
    return length;
  }

  byte[] array() {
    return bytes;
  }

  void reset() {
    length = 0;
  }

  void put(byte b) {
    room(1);
    bytes[length++] = b;
  }

  void put(byte[] b, int from, int count) {
    room(count);
    System.arraycopy(b, from, bytes, length, count);
    length += count;
  }

  /** Appends {@code value} as a quoted JSON string, or {@code null}. */
  void string(String value) {
    if (value == null) {
      put(NULL, 0, NULL.length);
      return;
    }
    int n = value.length();
    room(MAX_BYTES_PER_CHAR * n + 2); // so that the loop needs no bounds check of its own
    byte[] out = bytes;
    int at = length;
    out[at++] = '"';
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
        out[at++] = (byte) c;
      } else {
        length = at;
        special(c);
        at = length;
      }
    }
    out[at++] = '"';
    length = at;
  }

  /** Writes a character that is not plain ASCII; room for it was made. */
  private void special(char c) {
    if (c < 0x80) {
      bytes[length++] = '\\';
      switch (c) {
        case '"', '\\' -> bytes[length++] = (byte) c;
        case '\b' -> bytes[length++] = 'b';
        case '\t' -> bytes[length++] = 't';
        case '\n' -> bytes[length++] = 'n';
        case '\f' -> bytes[length++] = 'f';
        case '\r' -> bytes[length++] = 'r';
        default -> hex(c);
      }
    } else if (c < 0x800) {
      bytes[length++] = (byte) (0xC0 | (c >> 6));
      bytes[length++] = (byte) (0x80 | (c & 0x3F));
    } else if (Character.isSurrogate(c)) {
      bytes[length++] = '\\';
      hex(c); // Jackson escapes each half of a pair, and a lone half, rather than encoding them
    } else {
      bytes[length++] = (byte) (0xE0 | (c >> 12));
      bytes[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
      bytes[length++] = (byte) (0x80 | (c & 0x3F));
    }
  }

  /** {@code uXXXX}, upper-case, after a backslash already written. */
  private void hex(char c) {
    bytes[length++] = 'u';
    bytes[length++] = HEX[c >> 12];
    bytes[length++] = HEX[(c >> 8) & 0xF];
    bytes[length++] = HEX[(c >> 4) & 0xF];
    bytes[length++] = HEX[c & 0xF];
  }

  private void room(int more) {
    if (length + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
