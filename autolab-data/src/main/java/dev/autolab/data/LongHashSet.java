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

  /**
   * Adds {@code values[0..n)} in order, setting {@code added[i]} as {@link #add} would return. The
   * slots of a large set lie far apart in memory: a first pass only reads each value's slot, so the
   * processor fetches them side by side instead of waiting for one cache miss after another.
   */
  void addAll(long[] values, int n, boolean[] added) {
    while ((size + n) * 2L >= slots.length) {
      grow();
    }
    long touched = 0;
    int mask = slots.length - 1;
    for (int i = 0; i < n; i++) {
      touched += slots[slot(values[i], mask)];
    }
    sink = touched; // kept, so that the reads are not optimised away
    for (int i = 0; i < n; i++) {
      added[i] = add(values[i]);
    }
  }

  /** Where the first pass of {@link #addAll} leaves its sum. */
  @SuppressWarnings("unused")
  private long sink;

  /** How many distinct values were added. */
  int size() {
    return size + (hasZero ? 1 : 0);
  }

  private static int slot(long value, int mask) {
    return (int) (value ^ (value >>> 32)) & mask;
  }

  private static boolean insert(long[] table, long value) {
    int mask = table.length - 1;
    int i = slot(value, mask);
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
