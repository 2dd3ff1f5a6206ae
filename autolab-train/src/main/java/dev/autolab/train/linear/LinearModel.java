package dev.autolab.train.linear;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.model.ArrayFile;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code linear} model. Its directory holds {@code model.json}, the feature encoder
 * ({@code encoder.json}) and the weights ({@code weights.bin}).
 */
public final class LinearModel extends FittedModel {
  static final String ENCODER_FILE = "encoder.json";
  static final String WEIGHTS_FILE = "weights.bin";

  private final TabularEncoder encoder;
  private final LinearPredictor predictor;

  LinearModel(
      DatasetSchema schema,
      Map<String, Object> hyperparameters,
      TabularEncoder encoder,
      LinearPredictor predictor) {
    super(LinearTrainer.FAMILY, schema, hyperparameters);
    this.encoder = encoder;
    this.predictor = predictor;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    return rows.stream().map(encoder::encodeSparse).map(this::predict).toList();
  }

  private Prediction predict(SparseVector x) {
    if (schema().task() == Task.REGRESSION) {
      return Prediction.ofValue(predictor.value(x));
    }
    return Prediction.ofClass(schema().classes(), predictor.probabilities(x));
  }

  /** The feature encoder (for exporters). */
  public TabularEncoder encoder() {
    return encoder;
  }

  /** The weights and calibration (for exporters). */
  public LinearPredictor predictor() {
    return predictor;
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    Json.write(modelDir.resolve(ENCODER_FILE), encoder);
    ArrayFile weights = new ArrayFile();
    predictor.store(weights);
    weights.write(modelDir.resolve(WEIGHTS_FILE));
  }

  /** Reads a directory written by {@link #save}. */
  public static LinearModel load(ModelManifest manifest, Path modelDir) {
    return new LinearModel(
        manifest.schema(),
        manifest.hyperparameters(),
        Json.read(modelDir.resolve(ENCODER_FILE), TabularEncoder.class),
        LinearPredictor.load(ArrayFile.read(modelDir.resolve(WEIGHTS_FILE))));
  }
}
