package dev.autolab.train.boosting;

import dev.autolab.core.Row;
import dev.autolab.train.features.TabularEncoder;
import java.util.List;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** Builds XGBoost's dense matrices from rows (row-major floats, NaN for missing). */
final class BoostingMatrix {
  private BoostingMatrix() {}

  /** A matrix of the encoded rows; the caller disposes of it. */
  static DMatrix of(TabularEncoder encoder, List<Row> rows) {
    int columns = Math.max(1, encoder.size());
    float[] data = new float[rows.size() * columns];
    for (int i = 0; i < rows.size(); i++) {
      double[] features = encoder.encode(rows.get(i));
      for (int j = 0; j < features.length; j++) {
        data[i * columns + j] = (float) features[j];
      }
    }
    try {
      return new DMatrix(data, rows.size(), columns, Float.NaN);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not build a matrix: " + e.getMessage(), e);
    }
  }

  /** The same matrix with labels and optional row weights. */
  static DMatrix labelled(TabularEncoder encoder, List<Row> rows, float[] labels, float[] weights) {
    DMatrix matrix = of(encoder, rows);
    try {
      matrix.setLabel(labels);
      if (weights != null) {
        matrix.setWeight(weights);
      }
      return matrix;
    } catch (XGBoostError e) {
      matrix.dispose();
      throw new IllegalStateException("XGBoost could not set labels: " + e.getMessage(), e);
    }
  }
}
