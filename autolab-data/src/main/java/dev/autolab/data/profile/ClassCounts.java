package dev.autolab.data.profile;

import dev.autolab.core.Row;
import dev.autolab.data.split.Splits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows per class, overall and per split, every class listed (zeros too) in class order. */
public final class ClassCounts {
  private ClassCounts() {}

  /** {@code {"overall": {...}, "train": {...}, "valid": {...}, "test": {...}}}. */
  public static Map<String, Map<String, Long>> of(
      String target, List<String> classes, Splits splits) {
    Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
    counts.put("overall", count(target, classes, splits.all()));
    counts.put("train", count(target, classes, splits.train()));
    counts.put("valid", count(target, classes, splits.valid()));
    counts.put("test", count(target, classes, splits.test()));
    return counts;
  }

  private static Map<String, Long> count(String target, List<String> classes, List<Row> rows) {
    Map<String, Long> counts = new LinkedHashMap<>();
    classes.forEach(c -> counts.put(c, 0L));
    rows.forEach(row -> counts.merge(row.get(target), 1L, Long::sum));
    return counts;
  }
}
