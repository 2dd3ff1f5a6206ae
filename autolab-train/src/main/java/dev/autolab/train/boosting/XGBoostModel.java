package dev.autolab.train.boosting;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * A fitted {@code xgboost} model. Its directory holds {@code model.json}, the feature encoder
 * ({@code encoder.json}) and the booster in XGBoost's own binary JSON ({@code booster.ubj}), which
 * keeps every split and leaf value exactly.
 */
public final class XGBoostModel extends FittedModel {
  static final String ENCODER_FILE = "encoder.json";
  static final String BOOSTER_FILE = "booster.ubj";

  private final TabularEncoder encoder;
  private final Booster booster;

  XGBoostModel(
      DatasetSchema schema,
      Map<String, Object> hyperparameters,
      TabularEncoder encoder,
      Booster booster) {
    super(XGBoostTrainer.FAMILY, schema, hyperparameters);
    this.encoder = encoder;
    this.booster = booster;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    DMatrix matrix = BoostingMatrix.of(encoder, rows);
    try {
      float[][] raw = Boosting.predict(booster, matrix);
      List<Prediction> predictions = new ArrayList<>(rows.size());
      for (float[] output : raw) {
        predictions.add(toPrediction(output));
      }
      return predictions;
    } finally {
      matrix.dispose();
    }
  }

  private Prediction toPrediction(float[] output) {
    if (schema().task() == Task.REGRESSION) {
      return Prediction.ofValue(output[0]);
    }
    double[] probabilities;
    if (schema().classes().size() == 2) {
      probabilities = new double[] {1.0 - output[0], output[0]};
    } else {
      // softprob sums to 1 in float arithmetic; renormalise in double for an exact distribution.
      probabilities = new double[output.length];
      double sum = 0;
      for (int k = 0; k < output.length; k++) {
        probabilities[k] = output[k];
        sum += output[k];
      }
      for (int k = 0; k < output.length; k++) {
        probabilities[k] /= sum;
      }
    }
    return Prediction.ofClass(schema().classes(), probabilities);
  }

  /** The feature encoder (for exporters). */
  public TabularEncoder encoder() {
    return encoder;
  }

  /** The fitted booster (for exporters, which read its trees). */
  public Booster booster() {
    return booster;
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    Json.write(modelDir.resolve(ENCODER_FILE), encoder);
    try {
      booster.saveModel(modelDir.resolve(BOOSTER_FILE).toString());
    } catch (XGBoostError e) {
      throw new IllegalStateException("cannot save the booster: " + e.getMessage(), e);
    }
  }

  /** Reads a directory written by {@link #save}. */
  public static XGBoostModel load(ModelManifest manifest, Path modelDir) {
    Path boosterFile = modelDir.resolve(BOOSTER_FILE);
    if (!Files.isRegularFile(boosterFile)) {
      throw new BadInputException(modelDir + " has no " + BOOSTER_FILE + "; save the model again");
    }
    try {
      return new XGBoostModel(
          manifest.schema(),
          manifest.hyperparameters(),
          Json.read(modelDir.resolve(ENCODER_FILE), TabularEncoder.class),
          XGBoost.loadModel(boosterFile.toString()));
    } catch (XGBoostError e) {
      throw new BadInputException("cannot read " + boosterFile + ": " + e.getMessage(), e);
    }
  }
}
