package dev.autolab.data.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Byte scans that every byte of a large file goes through, eight bytes at a time. */
final class Ascii {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long HIGH_BITS = 0x8080808080808080L;
  private static final long ONES = 0x0101010101010101L;
  private static final long SPACES = 0x2020202020202020L;
  private static final long DELS = 0x7F7F7F7F7F7F7F7FL;

  private Ascii() {}

  /** The index of the first byte at or above 0x80 in {@code [from, to)}, or {@code to}. */
  static int firstNonAscii(byte[] b, int from, int to) {
    int i = from;
    while (i + Long.BYTES <= to && ((long) LONGS.get(b, i) & HIGH_BITS) == 0) {
      i += Long.BYTES;
    }
    while (i < to && b[i] >= 0) {
      i++;
    }
    return i;
  }

  /**
   * Whether {@code b[0..n)} holds printable ASCII only (0x20 to 0x7E): no byte with the high bit,
   * no control character, no DEL.
   */
  static boolean isPrintable(byte[] b, int n) {
    int i = 0;
    for (; i + Long.BYTES <= n; i += Long.BYTES) {
      long w = (long) LONGS.get(b, i);
      long below = (w - SPACES) & ~w & HIGH_BITS; // a byte below 0x20 (or above 0x7F)
      long del = ((w ^ DELS) - ONES) & ~(w ^ DELS) & HIGH_BITS; // a byte equal to 0x7F
      if (((w & HIGH_BITS) | below | del) != 0) {
        return false;
      }
    }
    for (; i < n; i++) {
      if (b[i] < 0x20 || b[i] == 0x7F) { // negative bytes are above 0x7F
        return false;
      }
    }
    return true;
  }

  /** The index of the last {@code value} in {@code [from, to)}, or {@code from - 1}. */
  static int lastIndexOf(byte[] b, byte value, int from, int to) {
    int i = to - 1;
    while (i >= from && b[i] != value) {
      i--;
    }
    return i;
  }

  /** The index of the first {@code value} in {@code [from, to)}, or {@code to}. */
  static int indexOf(byte[] b, byte value, int from, int to) {
    int i = from;
    while (i < to && b[i] != value) {
      i++;
    }
    return i;
  }
}
