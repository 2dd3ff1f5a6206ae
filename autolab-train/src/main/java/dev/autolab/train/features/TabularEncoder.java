package dev.autolab.train.features;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Numeric and categorical columns as one dense vector: numerics first (scaled or raw), then a
 * one-hot block per categorical column. Fitted on training rows; its state is plain data, saved as
 * JSON (doubles round-trip exactly through Jackson's shortest representation).
 *
 * @param standardized numerics become {@code (x - mean) / std} with missing values at the mean plus
 *     a missing indicator (for linear models); otherwise they stay raw with missing as NaN (for
 *     trees, which route missing values themselves)
 * @param numerics the numeric columns and their statistics
 * @param categoricals the categorical columns and their kept levels
 */
public record TabularEncoder(
    boolean standardized, List<NumericColumn> numerics, List<CategoricalColumn> categoricals) {

  public TabularEncoder {
    numerics = List.copyOf(numerics);
    categoricals = List.copyOf(categoricals);
  }

  /** Fits on {@code rows} for the numeric and categorical ones among {@code columns}. */
  public static TabularEncoder fit(
      List<Row> rows, List<ColumnSchema> columns, boolean standardized, int maxLevels) {
    List<NumericColumn> numerics = new ArrayList<>();
    List<CategoricalColumn> categoricals = new ArrayList<>();
    for (ColumnSchema column : columns) {
      if (column.type() == ColumnType.NUMERIC) {
        numerics.add(NumericColumn.fit(column.name(), rows, standardized));
      } else if (column.type() == ColumnType.CATEGORICAL) {
        categoricals.add(CategoricalColumn.fit(column.name(), rows, maxLevels));
      }
    }
    return new TabularEncoder(standardized, numerics, categoricals);
  }

  /** The number of output features. */
  public int size() {
    int size = 0;
    for (NumericColumn column : numerics) {
      size += column.width();
    }
    for (CategoricalColumn column : categoricals) {
      size += column.width();
    }
    return size;
  }

  /** The name of each output feature, in order (for explanations and XGBoost's feature names). */
  public List<String> featureNames() {
    List<String> names = new ArrayList<>();
    for (NumericColumn column : numerics) {
      names.add(column.name());
      if (column.missingIndicator()) {
        names.add(column.name() + "=missing");
      }
    }
    for (CategoricalColumn column : categoricals) {
      column.levels().forEach(level -> names.add(column.name() + "=" + level));
      names.add(column.name() + "=" + CategoricalColumn.OTHER);
    }
    return names;
  }

  /** The features of one row. */
  public double[] encode(Row row) {
    double[] out = new double[size()];
    int at = 0;
    for (NumericColumn column : numerics) {
      at = column.encode(parse(row, column.name()), out, at, standardized);
    }
    for (CategoricalColumn column : categoricals) {
      at = column.encode(row.get(column.name()), out, at);
    }
    return out;
  }

  /** The features of one row, zeros left out (for liblinear). */
  public SparseVector encodeSparse(Row row) {
    double[] dense = encode(row);
    int nonZero = 0;
    for (double v : dense) {
      nonZero += v != 0 ? 1 : 0;
    }
    int[] indices = new int[nonZero];
    double[] values = new double[nonZero];
    int at = 0;
    for (int j = 0; j < dense.length; j++) {
      if (dense[j] != 0) {
        indices[at] = j;
        values[at++] = dense[j];
      }
    }
    return new SparseVector(indices, values);
  }

  /** A numeric cell: NaN when missing or not finite; a malformed number is bad input. */
  static double parse(Row row, String column) {
    String raw = row.get(column);
    if (raw == null || raw.isBlank()) {
      return Double.NaN;
    }
    try {
      double value = Double.parseDouble(raw.trim());
      return Double.isFinite(value) ? value : Double.NaN;
    } catch (NumberFormatException e) {
      throw new BadInputException(
          row.source()
              + " line "
              + row.line()
              + ", column '"
              + column
              + "': '"
              + raw
              + "' is not a number; fix the value or declare the column categorical");
    }
  }
}
