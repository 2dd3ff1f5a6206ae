package dev.autolab.train.text;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.features.TextFeatures;
import dev.autolab.train.features.TextFeaturesFiles;
import dev.autolab.train.linear.LinearPredictor;
import dev.autolab.train.model.ArrayFile;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code tfidf-linear} model. Its directory holds {@code model.json}, the text features
 * ({@code text-features.json}, {@code text-features.bin}) and the weights ({@code weights.bin}).
 */
public final class TfidfLinearModel extends FittedModel {
  static final String WEIGHTS_FILE = "weights.bin";

  private final TextFeatures features;
  private final LinearPredictor predictor;

  TfidfLinearModel(
      DatasetSchema schema,
      Map<String, Object> hyperparameters,
      TextFeatures features,
      LinearPredictor predictor) {
    super(TfidfLinearTrainer.FAMILY, schema, hyperparameters);
    this.features = features;
    this.predictor = predictor;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    return features.transform(schema(), rows).stream()
        .map(x -> Prediction.ofClass(schema().classes(), predictor.probabilities(x)))
        .toList();
  }

  /** The fitted features (for exporters, which ship them as the model's pre-processing). */
  public TextFeatures features() {
    return features;
  }

  /** The weights and calibration (for exporters). */
  public LinearPredictor predictor() {
    return predictor;
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    TextFeaturesFiles.save(features, modelDir);
    ArrayFile weights = new ArrayFile();
    predictor.store(weights);
    weights.write(modelDir.resolve(WEIGHTS_FILE));
  }

  /** Reads a directory written by {@link #save}. */
  public static TfidfLinearModel load(ModelManifest manifest, Path modelDir) {
    return new TfidfLinearModel(
        manifest.schema(),
        manifest.hyperparameters(),
        TextFeaturesFiles.load(modelDir),
        LinearPredictor.load(ArrayFile.read(modelDir.resolve(WEIGHTS_FILE))));
  }
}
