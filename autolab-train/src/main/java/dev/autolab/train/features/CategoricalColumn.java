package dev.autolab.train.features;

import dev.autolab.core.Row;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A categorical column's one-hot levels: the most frequent training values (at most {@code
 * maxLevels}, so a near-unique column cannot blow up the feature count), then one "other" slot for
 * the rest and for values first seen at prediction time. A missing value sets no slot.
 *
 * @param name the column
 * @param levels the kept values, most frequent first
 */
public record CategoricalColumn(String name, List<String> levels) {
  public static final String OTHER = "(other)";

  public CategoricalColumn {
    levels = List.copyOf(levels);
  }

  static CategoricalColumn fit(String name, List<Row> rows, int maxLevels) {
    Map<String, Integer> counts = new HashMap<>();
    for (Row row : rows) {
      String value = row.get(name);
      if (value != null) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> levels =
        counts.entrySet().stream()
            .sorted(
                Comparator.comparing((Map.Entry<String, Integer> e) -> -e.getValue())
                    .thenComparing(Map.Entry::getKey))
            .limit(maxLevels)
            .map(Map.Entry::getKey)
            .toList();
    return new CategoricalColumn(name, levels);
  }

  int width() {
    return levels.size() + 1;
  }

  int encode(String value, double[] out, int at) {
    if (value != null) {
      int level = levels.indexOf(value);
      out[at + (level >= 0 ? level : levels.size())] = 1;
    }
    return at + width();
  }
}
