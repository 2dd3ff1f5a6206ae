package dev.autolab.data.labels;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.data.read.Numbers;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a row into a sparse, L2-normalised vector in a fixed number of hashed dimensions: word
 * unigrams and bigrams of text columns with log-scaled counts, one indicator per categorical value,
 * and standardised numbers (with an indicator for missing). Hashing needs no vocabulary pass, so a
 * fold's model and the features of unseen rows agree without shared state.
 */
final class FeatureHasher {
  static final int DIMENSIONS = 1 << 18;

  private final List<ColumnSchema> features;
  private final Map<String, double[]> scale = new HashMap<>();
  private final boolean hasText;

  FeatureHasher(DatasetSchema schema, List<Row> rows) {
    this.features = schema.features();
    this.hasText = !schema.featuresOfType(ColumnType.TEXT).isEmpty();
    for (ColumnSchema column : features) {
      if (column.type() == ColumnType.NUMERIC) {
        scale.put(column.name(), meanAndSpread(column.name(), rows));
      }
    }
  }

  /** Sparse vector: parallel arrays of indices and values. */
  record Sparse(int[] index, double[] value) {}

  Sparse vector(Row row) {
    Map<Integer, Double> v = new HashMap<>();
    for (ColumnSchema column : features) {
      String value = row.get(column.name());
      switch (column.type()) {
        case TEXT -> text(v, column.name(), value);
        case NUMERIC -> number(v, column.name(), value);
        default -> add(v, column.name() + "=" + value, 1);
      }
    }
    // text vectors are scaled to unit length so long and short messages weigh alike; tables keep
    // their standardised values
    return sparse(v, hasText);
  }

  private void text(Map<Integer, Double> v, String column, String value) {
    if (value == null) {
      return;
    }
    String[] words = value.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}$!]+");
    Map<String, Integer> counts = new HashMap<>();
    String previous = null;
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      counts.merge(w, 1, Integer::sum);
      if (previous != null) {
        counts.merge(previous + " " + w, 1, Integer::sum);
      }
      previous = w;
    }
    counts.forEach((term, n) -> add(v, column + ":" + term, 1 + Math.log(n)));
  }

  private void number(Map<Integer, Double> v, String column, String value) {
    if (!Numbers.isNumber(value)) {
      add(v, column + ":missing", 1);
      return;
    }
    double[] ms = scale.get(column);
    double z = (Double.parseDouble(value) - ms[0]) / ms[1];
    add(v, column, Math.max(-5, Math.min(5, z)));
  }

  private static void add(Map<Integer, Double> v, String key, double value) {
    int h = Math.floorMod(key.hashCode() * 0x9E3779B1, DIMENSIONS);
    v.merge(h, value, Double::sum);
  }

  private static Sparse sparse(Map<Integer, Double> v, boolean normalise) {
    double norm = normalise ? Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum()) : 1;
    int[] index = new int[v.size()];
    double[] value = new double[v.size()];
    int k = 0;
    for (Map.Entry<Integer, Double> e : v.entrySet()) {
      index[k] = e.getKey();
      value[k++] = norm == 0 ? 0 : e.getValue() / norm;
    }
    return new Sparse(index, value);
  }

  private static double[] meanAndSpread(String column, List<Row> rows) {
    List<Double> values = new ArrayList<>();
    for (Row row : rows) {
      String value = row.get(column);
      if (Numbers.isNumber(value)) {
        values.add(Double.parseDouble(value));
      }
    }
    double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    double var = values.stream().mapToDouble(x -> (x - mean) * (x - mean)).average().orElse(1);
    return new double[] {mean, Math.sqrt(var) > 0 ? Math.sqrt(var) : 1};
  }
}
