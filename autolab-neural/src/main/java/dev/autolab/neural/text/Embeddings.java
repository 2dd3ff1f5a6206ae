package dev.autolab.neural.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.train.features.Targets;
import dev.autolab.train.features.TextFeatures;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Rows as sentence vectors: their text columns, joined as the text families join them, encoded. */
final class Embeddings {
  private Embeddings() {}

  /**
   * The vectors of {@code rows} as one float32 matrix, shape (rows, dimension).
   *
   * @param stop asked between pieces of encoding; true gives up (the time budget is spent)
   */
  static NDArray features(
      NDManager manager,
      Encoder encoder,
      DatasetSchema schema,
      List<Row> rows,
      ProgressListener progress,
      BooleanSupplier stop) {
    float[][] vectors = encoder.encode(TextFeatures.documents(schema, rows), progress, stop);
    int dim = encoder.dimension();
    float[] flat = new float[vectors.length * dim];
    for (int i = 0; i < vectors.length; i++) {
      System.arraycopy(vectors[i], 0, flat, i * dim, dim);
    }
    return manager.create(flat, new Shape(vectors.length, dim));
  }

  /** Vectors and class indices (int64). */
  static TensorData of(
      NDManager manager,
      Encoder encoder,
      DatasetSchema schema,
      List<Row> rows,
      ProgressListener progress,
      BooleanSupplier stop) {
    NDArray x = features(manager, encoder, schema, rows, progress, stop);
    int[] classes = Targets.classIndices(schema, rows);
    long[] labels = new long[classes.length];
    for (int i = 0; i < classes.length; i++) {
      labels[i] = classes[i];
    }
    return new TensorData(x, manager.create(labels));
  }
}
