package dev.autolab.neural.image;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Batched;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.SmallCnn;
import dev.autolab.neural.tabular.MlpModel;
import dev.autolab.train.FittedModel;
import dev.autolab.train.Prediction;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fitted {@code cnn}. Its directory holds {@code model.json}, the image layout ({@code
 * layout.json}: column, channels, size, normalisation) and the weights ({@code weights.params},
 * float32 as trained, batch-norm running statistics included).
 */
public final class CnnModel extends FittedModel {
  static final String LAYOUT_FILE = "layout.json";
  static final String WEIGHTS_FILE = "weights.params";

  /** Images decoded and scored at a time when predicting. */
  private static final int BATCH = 256;

  private final ImageLayout layout;
  private final SmallCnn network;

  CnnModel(
      DatasetSchema schema,
      Map<String, Object> hyperparameters,
      ImageLayout layout,
      SmallCnn network) {
    super(CnnTrainer.FAMILY, schema, hyperparameters);
    this.layout = layout;
    this.network = network;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    return Batched.predict(rows, BATCH, this::predictBatch);
  }

  private List<Prediction> predictBatch(List<Row> rows) {
    try (NDManager scope = network.parameters().manager().newSubManager()) {
      NDArray x = ImageTensors.features(scope, layout, rows);
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

  /** The network (for exporters, which read its weights). */
  public SmallCnn network() {
    return network;
  }

  /** Input channels, image side, and per-channel mean and std that pixels are normalised by. */
  public record Input(int channels, int size, float[] mean, float[] std) {}

  public Input input() {
    return new Input(layout.channels(), layout.size(), layout.mean(), layout.std());
  }

  /** The decoded pixels of {@code rows} in [0, 1], shape (rows, channels, size, size), flat. */
  public float[] pixels(List<Row> rows) {
    return ImageTensors.decode(layout, rows);
  }

  @Override
  public void save(Path modelDir) {
    writeManifest(modelDir);
    Json.write(modelDir.resolve(LAYOUT_FILE), layout);
    network.parameters().save(modelDir.resolve(WEIGHTS_FILE));
  }

  /** Reads a directory written by {@link #save}. */
  public static CnnModel load(ModelManifest manifest, Path modelDir) {
    NeuralEngine.start();
    ImageLayout layout = Json.read(modelDir.resolve(LAYOUT_FILE), ImageLayout.class);
    DatasetSchema schema = manifest.schema();
    SmallCnn network = network(layout, schema.classes().size(), 0);
    network.parameters().load(modelDir.resolve(WEIGHTS_FILE));
    return new CnnModel(schema, manifest.hyperparameters(), layout, network);
  }

  static SmallCnn network(ImageLayout layout, int classes, long seed) {
    return new SmallCnn(
        NDManager.newBaseManager(NeuralEngine.device()),
        layout.channels(),
        layout.size(),
        classes,
        true,
        seed);
  }
}
