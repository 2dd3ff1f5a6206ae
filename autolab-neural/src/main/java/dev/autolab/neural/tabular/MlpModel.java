package dev.autolab.neural.tabular;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Batched;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.Mlp;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.model.ArrayFile;
import dev.autolab.train.model.ModelManifest;
import dev.autolab.train.model.Params;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code mlp}. Its directory holds {@code model.json}, the feature encoder ({@code
 * encoder.json}), the target scale ({@code target.bin}) and the weights ({@code weights.params},
 * DJL's array encoding, float32 exactly as trained).
 */
public final class MlpModel extends FittedModel {
  static final String ENCODER_FILE = "encoder.json";
  static final String TARGET_FILE = "target.bin";
  static final String WEIGHTS_FILE = "weights.params";

  /** Rows per forward pass when predicting. */
  private static final int BATCH = 1024;

  private final TabularEncoder encoder;
  private final TargetScale scale;
  private final Mlp network;

  MlpModel(
      DatasetSchema schema,
      Map<String, Object> hyperparameters,
      TabularEncoder encoder,
      TargetScale scale,
      Mlp network) {
    super(MlpTrainer.FAMILY, schema, hyperparameters);
    this.encoder = encoder;
    this.scale = scale;
    this.network = network;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    return Batched.predict(rows, BATCH, this::predictBatch);
  }

  private List<Prediction> predictBatch(List<Row> rows) {
    try (NDManager scope = network.parameters().manager().newSubManager()) {
      NDArray x = TabularTensors.features(scope, encoder, rows);
      NDArray outputs = network.forward(x, false, Dropout.NONE);
      List<Prediction> predictions = new ArrayList<>(rows.size());
      if (schema().task() == Task.REGRESSION) {
        for (float value : outputs.toFloatArray()) {
          predictions.add(Prediction.ofValue(scale.fromScaled(value)));
        }
        return predictions;
      }
      int classes = schema().classes().size();
      float[] logits = outputs.toFloatArray();
      for (int i = 0; i < rows.size(); i++) {
        predictions.add(
            Prediction.ofClass(schema().classes(), softmax(logits, i * classes, classes)));
      }
      return predictions;
    }
  }

  /** Softmax in double precision, so that probabilities sum to 1 within double rounding. */
  public static double[] softmax(float[] logits, int offset, int classes) {
    double max = Double.NEGATIVE_INFINITY;
    for (int k = 0; k < classes; k++) {
      max = Math.max(max, logits[offset + k]);
    }
    double[] p = new double[classes];
    double sum = 0;
    for (int k = 0; k < classes; k++) {
      p[k] = Math.exp(logits[offset + k] - max);
      sum += p[k];
    }
    for (int k = 0; k < classes; k++) {
      p[k] /= sum;
    }
    return p;
  }

  /** The feature encoder (for exporters). */
  public TabularEncoder encoder() {
    return encoder;
  }

  /** The network (for exporters, which read its layer sizes and weights). */
  public Mlp network() {
    return network;
  }

  /** The target's scaling: regression outputs are {@code mean + std * output}. */
  public double[] targetScale() {
    return new double[] {scale.mean(), scale.std()};
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    Json.write(modelDir.resolve(ENCODER_FILE), encoder);
    new ArrayFile()
        .put("target_scale", new double[] {scale.mean(), scale.std()})
        .write(modelDir.resolve(TARGET_FILE));
    network.parameters().save(modelDir.resolve(WEIGHTS_FILE));
  }

  /** Reads a directory written by {@link #save}. */
  public static MlpModel load(ModelManifest manifest, Path modelDir) {
    NeuralEngine.start();
    TabularEncoder encoder = Json.read(modelDir.resolve(ENCODER_FILE), TabularEncoder.class);
    double[] target = ArrayFile.read(modelDir.resolve(TARGET_FILE)).doubles("target_scale");
    DatasetSchema schema = manifest.schema();
    List<Double> hidden = new Params(manifest.hyperparameters()).numbers("hidden", List.of());
    int[] sizes = new int[hidden.size() + 2];
    sizes[0] = encoder.size();
    for (int i = 0; i < hidden.size(); i++) {
      sizes[i + 1] = hidden.get(i).intValue();
    }
    sizes[sizes.length - 1] = schema.task() == Task.REGRESSION ? 1 : schema.classes().size();
    Mlp network = new Mlp(NDManager.newBaseManager(NeuralEngine.device()), sizes, 0);
    network.parameters().load(modelDir.resolve(WEIGHTS_FILE));
    return new MlpModel(
        schema,
        manifest.hyperparameters(),
        encoder,
        new TargetScale(target[0], target[1]),
        network);
  }
}
