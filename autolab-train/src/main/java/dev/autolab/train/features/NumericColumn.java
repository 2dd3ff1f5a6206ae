package dev.autolab.train.features;

import dev.autolab.core.Row;
import java.util.List;

/**
 * A numeric column's statistics from the training rows.
 *
 * @param name the column
 * @param mean the mean of its present values (0 when none, or when not standardizing)
 * @param scale its standard deviation (1 when zero, or when not standardizing)
 * @param missingIndicator whether a 0/1 "was missing" feature follows it
 */
public record NumericColumn(String name, double mean, double scale, boolean missingIndicator) {

  static NumericColumn fit(String name, List<Row> rows, boolean standardized) {
    if (!standardized) {
      return new NumericColumn(name, 0, 1, false);
    }
    double sum = 0;
    double sumSquares = 0;
    int present = 0;
    for (Row row : rows) {
      double v = TabularEncoder.parse(row, name);
      if (!Double.isNaN(v)) {
        sum += v;
        sumSquares += v * v;
        present++;
      }
    }
    double mean = present == 0 ? 0 : sum / present;
    double variance = present == 0 ? 0 : Math.max(0, sumSquares / present - mean * mean);
    double scale = variance > 1e-24 ? Math.sqrt(variance) : 1;
    return new NumericColumn(name, mean, scale, present < rows.size());
  }

  int width() {
    return missingIndicator ? 2 : 1;
  }

  /** Writes the feature(s) of {@code value} at {@code at}; returns the next position. */
  int encode(double value, double[] out, int at, boolean standardized) {
    boolean missing = Double.isNaN(value);
    if (!standardized) {
      // Raw mode keeps NaN: tree learners send missing values down a learned branch.
      out[at] = value;
      return at + 1;
    }
    out[at] = missing ? 0 : (value - mean) / scale;
    if (missingIndicator) {
      out[at + 1] = missing ? 1 : 0;
    }
    return at + width();
  }
}
