package dev.autolab.data.read;

/**
 * Counts the valid multi-byte UTF-8 sequences and the bytes that fit none in a buffer. A sequence
 * cut by the end of the buffer counts as neither.
 *
 * @param valid valid sequences of two to four bytes
 * @param invalid bytes at or above 0x80 that start or continue no valid sequence
 */
record Utf8Scan(long valid, long invalid) {
  static Utf8Scan of(byte[] b, int n) {
    long valid = 0;
    long invalid = 0;
    int i = 0;
    while (i < n) {
      int c = b[i] & 0xFF;
      if (c < 0x80) {
        i++;
        continue;
      }
      int length = c >= 0xF0 && c <= 0xF4 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 && c < 0xE0 ? 2 : 0;
      if (length == 0 || (c >= 0xF5)) {
        invalid++;
        i++;
        continue;
      }
      if (i + length > n) {
        break;
      }
      if (continuations(b, i + 1, length - 1)) {
        valid++;
        i += length;
      } else {
        invalid++;
        i++;
      }
    }
    return new Utf8Scan(valid, invalid);
  }

  private static boolean continuations(byte[] b, int from, int count) {
    for (int k = from; k < from + count; k++) {
      if ((b[k] & 0xC0) != 0x80) {
        return false;
      }
    }
    return true;
  }
}
