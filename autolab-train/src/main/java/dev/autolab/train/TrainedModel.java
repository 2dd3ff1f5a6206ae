package dev.autolab.train;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fitted model: it predicts from rows and saves itself to a directory that {@link ModelLoader}
 * reads back into a model whose predictions are bit-for-bit the same.
 */
public interface TrainedModel {
  /** The family that produced this model. */
  String family();

  /** The columns it reads and what it predicts. */
  DatasetSchema schema();

  /** The settings it was fitted with, including those chosen on validation. */
  Map<String, Object> hyperparameters();

  /**
   * One prediction per row, in order; rows carry features by column name, the target may be absent.
   */
  List<Prediction> predict(List<Row> rows);

  /**
   * Writes {@code model.json} (schema version, family, schema, hyperparameters) and the family's
   * files into {@code modelDir}: everything needed to predict, nothing that refers back to the run
   * or the training data.
   */
  void save(Path modelDir);
}
