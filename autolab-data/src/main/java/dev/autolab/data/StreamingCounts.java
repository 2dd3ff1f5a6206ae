package dev.autolab.data;

import dev.autolab.core.Row;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The counts a streamed prepare keeps instead of rows: per input file, per quarantine reason, per
 * class and split, and per column the missing values and (up to {@value #DISTINCT_CAP}) the
 * distinct ones.
 */
final class StreamingCounts {
  /** Distinct values are counted exactly up to here; a column with more is reported at the cap. */
  static final int DISTINCT_CAP = 100_000;

  private final Map<String, long[]> perSource = new LinkedHashMap<>();
  private final Map<String, Long> reasons = new TreeMap<>();
  private final List<Map<String, Long>> classes =
      List.of(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
  private final Map<String, Long> missing = new HashMap<>();
  private final Map<String, Set<String>> distinct = new HashMap<>();

  void quarantined(String source, String reason) {
    source(source)[1]++;
    int colon = reason.indexOf(':');
    reasons.merge(colon > 0 ? reason.substring(0, colon) : reason, 1L, Long::sum);
  }

  void duplicate(String source) {
    source(source)[2]++;
  }

  void used(Row row, int split, String target, long splitCount) {
    source(row.source())[0]++;
    classes.get(split).merge(row.get(target), 1L, Long::sum);
    for (Map.Entry<String, String> value : row.values().entrySet()) {
      if (value.getValue() == null) {
        missing.merge(value.getKey(), 1L, Long::sum);
        continue;
      }
      Set<String> seen = distinct.computeIfAbsent(value.getKey(), k -> new HashSet<>());
      if (seen.size() < DISTINCT_CAP) {
        seen.add(value.getValue());
      }
    }
  }

  /** used, quarantined, duplicates of one input file. */
  long[] source(String source) {
    return perSource.computeIfAbsent(source, s -> new long[3]);
  }

  Map<String, Long> reasons() {
    return reasons;
  }

  /** Rows of each class in split {@code s}. */
  Map<String, Long> classes(int s) {
    return classes.get(s);
  }

  long missing(String column) {
    return missing.getOrDefault(column, 0L);
  }

  long distinct(String column) {
    return distinct.getOrDefault(column, Set.of()).size();
  }
}
