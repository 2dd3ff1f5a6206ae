package dev.autolab.data;

/**
 * A set of 64-bit hashes in one primitive array (open addressing, linear probing): eight bytes a
 * row where a HashSet of Longs costs about fifty, so that exact duplicates of a file larger than
 * memory can still be found.
 */
final class LongHashSet {
  private long[] slots = new long[1 << 16];
  private boolean hasZero;
  private int size;

  /** Adds {@code value}; false when it was already there. */
  boolean add(long value) {
    if (value == 0) {
      boolean added = !hasZero;
      hasZero = true;
      return added;
    }
    if (size * 2 >= slots.length) {
      grow();
    }
    boolean added = insert(slots, value);
    size += added ? 1 : 0;
    return added;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = (int) (value ^ (value >>> 32)) & mask;
    while (table[i] != 0) {
      if (table[i] == value) {
        return false;
      }
      i = (i + 1) & mask;
    }
    table[i] = value;
    return true;
  }

  private void grow() {
    long[] old = slots;
    slots = new long[old.length * 2];
    for (long v : old) {
      if (v != 0) {
        insert(slots, v);
      }
    }
  }
}
