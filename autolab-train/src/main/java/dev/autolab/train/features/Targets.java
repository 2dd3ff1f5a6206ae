package dev.autolab.train.features;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.util.List;

/** Reads the target column of training rows as class indices or as numbers. */
public final class Targets {
  private Targets() {}

  /** The index in {@code schema.classes()} of each row's label. */
  public static int[] classIndices(DatasetSchema schema, List<Row> rows) {
    int[] indices = new int[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String label = row.get(schema.target());
      int index = label == null ? -1 : schema.classIndex(label);
      if (index < 0) {
        throw new BadInputException(
            where(row, schema)
                + (label == null
                    ? "the label is missing"
                    : "'" + label + "' is not one of " + schema.classes())
                + "; drop the row or add the class to the schema");
      }
      indices[i] = index;
    }
    return indices;
  }

  /** Each row's target as a number. */
  public static double[] values(DatasetSchema schema, List<Row> rows) {
    double[] values = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String raw = row.get(schema.target());
      try {
        values[i] = Double.parseDouble(raw == null ? "" : raw.trim());
      } catch (NumberFormatException e) {
        throw new BadInputException(
            where(row, schema) + "'" + raw + "' is not a number; regression needs numeric targets");
      }
      if (!Double.isFinite(values[i])) {
        throw new BadInputException(where(row, schema) + "the target " + raw + " is not finite");
      }
    }
    return values;
  }

  /** How many rows each class has. */
  public static int[] classCounts(int[] indices, int classes) {
    int[] counts = new int[classes];
    for (int index : indices) {
      counts[index]++;
    }
    return counts;
  }

  /**
   * scikit-learn's "balanced" class weights, {@code n / (k * count)}, so that every class weighs
   * the same in the loss; an absent class gets weight 1 (it has no rows to weigh).
   */
  public static double[] balancedWeights(int[] indices, int classes) {
    int[] counts = classCounts(indices, classes);
    int present = 0;
    for (int count : counts) {
      present += count > 0 ? 1 : 0;
    }
    double[] weights = new double[classes];
    for (int k = 0; k < classes; k++) {
      weights[k] = counts[k] == 0 ? 1 : indices.length / ((double) present * counts[k]);
    }
    return weights;
  }

  private static String where(Row row, DatasetSchema schema) {
    return row.source() + " line " + row.line() + ", column '" + schema.target() + "': ";
  }
}
