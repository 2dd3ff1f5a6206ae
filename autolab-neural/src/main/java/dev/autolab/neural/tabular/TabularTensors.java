package dev.autolab.neural.tabular;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import java.util.List;

/** Rows as tensors: encoded features in one float32 matrix and the targets beside them. */
final class TabularTensors {
  private TabularTensors() {}

  /** The encoded features of {@code rows}, shape (rows, encoder width). */
  static NDArray features(NDManager manager, TabularEncoder encoder, List<Row> rows) {
    int width = encoder.size();
    float[] values = new float[rows.size() * width];
    for (int i = 0; i < rows.size(); i++) {
      double[] encoded = encoder.encode(rows.get(i));
      for (int j = 0; j < width; j++) {
        values[i * width + j] = (float) encoded[j];
      }
    }
    return manager.create(values, new Shape(rows.size(), width));
  }

  /** Features and targets: class indices (int64), or standardized values (float32). */
  static TensorData of(
      NDManager manager,
      TabularEncoder encoder,
      DatasetSchema schema,
      List<Row> rows,
      TargetScale scale) {
    NDArray x = features(manager, encoder, rows);
    if (schema.task() == Task.CLASSIFICATION) {
      int[] classes = Targets.classIndices(schema, rows);
      long[] labels = new long[classes.length];
      for (int i = 0; i < classes.length; i++) {
        labels[i] = classes[i];
      }
      return new TensorData(x, manager.create(labels));
    }
    double[] values = Targets.values(schema, rows);
    float[] scaled = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = (float) scale.toScaled(values[i]);
    }
    return new TensorData(x, manager.create(scaled));
  }
}
