package dev.autolab.data;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The counts a streamed prepare keeps instead of rows: per input file, per quarantine reason, per
 * class and split, and per column the missing values and (up to {@value #DISTINCT_CAP}) the
 * distinct ones, by a 64-bit hash of each.
 */
final class StreamingCounts {
  /** Distinct values are counted exactly up to here; a column with more is reported at the cap. */
  static final int DISTINCT_CAP = 100_000;

  private final Map<String, long[]> perSource = new LinkedHashMap<>();
  private final Map<String, Long> reasons = new TreeMap<>();
  private final List<Map<String, long[]>> classes =
      List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
  private List<String> columns = List.of();
  private long[] missing = new long[0];
  private LongHashSet[] distinct = new LongHashSet[0];
  private String lastSource;
  private long[] lastCounts;

  /** Names the columns of the rows {@link #used} will be given. */
  void columns(List<String> names) {
    columns = List.copyOf(names);
    missing = new long[names.size()];
    distinct = new LongHashSet[names.size()];
    for (int i = 0; i < distinct.length; i++) {
      distinct[i] = new LongHashSet();
    }
  }

  void quarantined(String source, String reason) {
    source(source)[1]++;
    int colon = reason.indexOf(':');
    reasons.merge(colon > 0 ? reason.substring(0, colon) : reason, 1L, Long::sum);
  }

  void duplicate(String source) {
    source(source)[2]++;
  }

  /** Counts a row written to {@code split}: {@code values} in column order, the target at index. */
  void used(String source, String[] values, int split, int target) {
    source(source)[0]++;
    classes.get(split).computeIfAbsent(values[target], k -> new long[1])[0]++;
    for (int i = 0; i < values.length; i++) {
      if (values[i] == null) {
        missing[i]++;
        continue;
      }
      LongHashSet seen = distinct[i];
      if (seen.size() < DISTINCT_CAP) {
        seen.add(hash(values[i]));
      }
    }
  }

  /** used, quarantined, duplicates of one input file. */
  long[] source(String source) {
    if (!source.equals(lastSource)) {
      lastCounts = perSource.computeIfAbsent(source, s -> new long[3]);
      lastSource = source;
    }
    return lastCounts;
  }

  Map<String, Long> reasons() {
    return reasons;
  }

  /** Rows of each class in split {@code s}. */
  Map<String, Long> classes(int s) {
    Map<String, Long> counts = new TreeMap<>();
    classes.get(s).forEach((label, n) -> counts.put(label, n[0]));
    return counts;
  }

  long missing(String column) {
    int i = columns.indexOf(column);
    return i < 0 ? 0 : missing[i];
  }

  long distinct(String column) {
    int i = columns.indexOf(column);
    return i < 0 ? 0 : distinct[i].size();
  }

  /**
   * A 64-bit FNV-1a hash of the value's characters: distinct values are counted by it, which is
   * exact but for a collision chance of about one in 10^9 at the cap, and cheaper than a set of
   * strings for every value of every row.
   */
  private static long hash(String value) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < value.length(); i++) {
      h = (h ^ value.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
