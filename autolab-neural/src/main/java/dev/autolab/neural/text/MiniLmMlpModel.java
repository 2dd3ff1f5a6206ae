package dev.autolab.neural.text;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Batched;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.Mlp;
import dev.autolab.neural.tabular.MlpModel;
import dev.autolab.neural.tabular.MlpSettings;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code minilm-mlp}. Its directory holds {@code model.json}, the head's weights ({@code
 * weights.params}) and {@code encoder.json}, which names the encoder and the windows it reads (the
 * MiniLM resource in the jar and its SHA-256) rather than copying 90 MB of weights; loading checks
 * that digest.
 */
public final class MiniLmMlpModel extends FittedModel {
  static final String ENCODER_FILE = "encoder.json";
  static final String WEIGHTS_FILE = "weights.params";

  /** Rows encoded and classified per pass when predicting. */
  private static final int BATCH = 1024;

  /** The windows of each text that the head reads, in {@code encoder.json}. */
  static final String WINDOWS = "head+tail";

  /** What {@code encoder.json} holds: {@code dimension} is the head's input width. */
  record EncoderInfo(
      String resource, String sha256, int maxTokens, int dimension, String windows) {}

  private final Encoder encoder;
  private final Mlp network;

  MiniLmMlpModel(
      DatasetSchema schema, Map<String, Object> hyperparameters, Encoder encoder, Mlp network) {
    super(MiniLmMlpTrainer.FAMILY, schema, hyperparameters);
    this.encoder = encoder;
    this.network = network;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    return Batched.predict(rows, BATCH, this::predictBatch);
  }

  private List<Prediction> predictBatch(List<Row> rows) {
    try (NDManager scope = network.parameters().manager().newSubManager()) {
      NDArray x =
          Embeddings.features(scope, encoder, schema(), rows, ProgressListener.NONE, () -> false);
      float[] logits = network.forward(x, false, Dropout.NONE).toFloatArray();
      int classes = schema().classes().size();
      List<Prediction> predictions = new ArrayList<>(rows.size());
      for (int i = 0; i < rows.size(); i++) {
        predictions.add(
            Prediction.ofClass(schema().classes(), MlpModel.softmax(logits, i * classes, classes)));
      }
      return predictions;
    }
  }

  /** The head (for exporters, which merge it with the encoder into one graph). */
  public Mlp network() {
    return network;
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    Json.write(
        modelDir.resolve(ENCODER_FILE),
        new EncoderInfo(
            MiniLmEncoder.MODEL_RESOURCE,
            ModelResources.modelSha256(),
            MiniLmEncoder.MAX_TOKENS,
            encoder.dimension(),
            WINDOWS));
    network.parameters().save(modelDir.resolve(WEIGHTS_FILE));
  }

  /** Reads a directory written by {@link #save}; the class path must hold the same MiniLM. */
  public static MiniLmMlpModel load(ModelManifest manifest, Path modelDir) {
    NeuralEngine.start();
    EncoderInfo info = Json.read(modelDir.resolve(ENCODER_FILE), EncoderInfo.class);
    if (!info.sha256().equals(ModelResources.modelSha256())
        || info.maxTokens() != MiniLmEncoder.MAX_TOKENS) {
      throw new BadInputException(
          "this model was trained on another encoder ("
              + info.resource()
              + " sha256 "
              + info.sha256()
              + ") than the one on the class path");
    }
    if (!WINDOWS.equals(info.windows())) {
      throw new BadInputException(
          "this minilm-mlp model reads only the first "
              + info.maxTokens()
              + " tokens of each text, as an earlier Autolab trained it; train it again");
    }
    MlpSettings settings = MlpSettings.of(manifest.hyperparameters(), 1);
    int[] sizes = MiniLmMlpTrainer.sizes(settings, manifest.schema(), info.dimension());
    Mlp network = new Mlp(NDManager.newBaseManager(NeuralEngine.device()), sizes, 0);
    network.parameters().load(modelDir.resolve(WEIGHTS_FILE));
    return new MiniLmMlpModel(
        manifest.schema(),
        manifest.hyperparameters(),
        EmbeddingCache.miniLm(EmbeddingCache.MIN_TEXTS),
        network);
  }
}
