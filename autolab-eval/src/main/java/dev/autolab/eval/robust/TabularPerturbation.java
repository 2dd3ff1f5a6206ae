package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/** The tabular perturbations: measurement noise and lost values. */
public final class TabularPerturbation {
  /** Noise of a tenth of each column's standard deviation: within a typical sensor's error. */
  static final double NOISE_FRACTION = 0.1;

  /** One value in five goes missing. */
  static final double MISSING_RATE = 0.2;

  private TabularPerturbation() {}

  /**
   * Gaussian noise on numeric columns, with standard deviation {@link #NOISE_FRACTION} of each
   * column's (measured on {@code rows}).
   */
  public static Perturbation numericNoise(List<String> numericColumns, List<Row> rows) {
    Map<String, Double> scale = new LinkedHashMap<>();
    for (String column : numericColumns) {
      scale.put(column, NOISE_FRACTION * standardDeviation(column, rows));
    }
    return new Perturbation() {
      @Override
      public String name() {
        return "numeric_noise";
      }

      @Override
      public Row apply(Row row, SplittableRandom random) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        scale.forEach(
            (column, sigma) -> {
              Double x = parse(values.get(column));
              if (x != null) {
                double noisy = x + sigma * gaussian(random);
                values.put(column, String.format(Locale.ROOT, "%.6g", noisy));
              }
            });
        return new Row(row.source(), row.line(), values);
      }
    };
  }

  /** Each feature value missing with probability {@link #MISSING_RATE}. */
  public static Perturbation missingValues(List<String> featureColumns) {
    return new Perturbation() {
      @Override
      public String name() {
        return "missing_values";
      }

      @Override
      public Row apply(Row row, SplittableRandom random) {
        Map<String, String> values = new LinkedHashMap<>(row.values());
        for (String column : featureColumns) {
          if (random.nextDouble() < MISSING_RATE) {
            values.put(column, null);
          }
        }
        return new Row(row.source(), row.line(), values);
      }
    };
  }

  /** A standard normal draw (Box-Muller). */
  static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static double standardDeviation(String column, List<Row> rows) {
    double sum = 0;
    double squares = 0;
    int n = 0;
    for (Row row : rows) {
      Double x = parse(row.get(column));
      if (x != null) {
        sum += x;
        squares += x * x;
        n++;
      }
    }
    if (n < 2) {
      return 0;
    }
    double mean = sum / n;
    return Math.sqrt(Math.max(0, squares / n - mean * mean));
  }

  private static Double parse(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double x = Double.parseDouble(value.trim());
      return Double.isFinite(x) ? x : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
