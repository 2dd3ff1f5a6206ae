package dev.autolab.neural.text;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.loop.FeatureNoise;
import dev.autolab.neural.loop.Knobs;
import dev.autolab.neural.loop.MetricLogger;
import dev.autolab.neural.loop.Objective;
import dev.autolab.neural.loop.ProgressReporter;
import dev.autolab.neural.loop.Supervised;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.neural.loop.TrainingLoop;
import dev.autolab.neural.loop.ValidationSchedule;
import dev.autolab.neural.net.InputStandardization;
import dev.autolab.neural.net.Mlp;
import dev.autolab.neural.tabular.MlpSettings;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code minilm-mlp} family: each row's text encoded once by all-MiniLM-L6-v2, its first and
 * last 256 tokens side by side ({@link TokenWindows}; vectors cached on disk, {@link
 * EmbeddingCache}), then the {@code mlp} family's perceptron, settings and early stopping on those
 * 768 numbers, standardized. Classification only; other columns than text are not read.
 */
public final class MiniLmMlpTrainer implements Trainer {
  public static final String FAMILY = "minilm-mlp";

  private final Map<String, Object> params;
  private final Encoder encoder;

  public MiniLmMlpTrainer(Map<String, Object> params) {
    // Training caches every list, however small its validation split, so a rerun skips MiniLM.
    this(params, EmbeddingCache.miniLm(1));
  }

  MiniLmMlpTrainer(Map<String, Object> params, Encoder encoder) {
    this.params = new LinkedHashMap<>(params);
    this.encoder = encoder;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public boolean supports(DatasetSchema schema) {
    return schema.task() == Task.CLASSIFICATION
        && !schema.featuresOfType(ColumnType.TEXT).isEmpty();
  }

  @Override
  public TrainedModel fit(TrainingData data, TrainingContext context) {
    DatasetSchema schema = data.schema();
    if (!supports(schema)) {
      throw new BadInputException(
          "minilm-mlp classifies text: it needs a text column and a categorical target");
    }
    MlpSettings settings = MlpSettings.of(params, data.train().size());
    boolean early = settings.epochs() == 0;
    if (early && data.valid().isEmpty()) {
      throw new BadInputException(
          "minilm-mlp without validation rows needs a fixed epoch count: --set epochs=N");
    }
    NeuralEngine.start();
    long seed = Seeds.derive(context.seed(), FAMILY);
    Mlp network =
        new Mlp(
            NDManager.newBaseManager(NeuralEngine.device()),
            sizes(settings, schema, encoder.dimension()),
            seed);
    try (NDManager manager = NDManager.newBaseManager(NeuralEngine.device())) {
      long started = System.nanoTime();
      TensorData rawTrain =
          Embeddings.of(
              manager,
              encoder,
              schema,
              data.train(),
              context.progress(),
              context.deadline()::passed);
      TensorData rawValid =
          data.valid().isEmpty()
              ? null
              : Embeddings.of(
                  manager,
                  encoder,
                  schema,
                  data.valid(),
                  context.progress(),
                  context.deadline()::passed);
      journalEmbedding(context, data, (System.nanoTime() - started) / 1e9);
      // Trained on standardized vectors, saved with the scaling folded into the first layer.
      InputStandardization standardization = InputStandardization.of(rawTrain.features());
      TensorData train = standardized(rawTrain, standardization);
      TensorData valid = rawValid == null ? null : standardized(rawValid, standardization);
      TrainingLoop loop = loop(network, settings, seed, context);
      loop.classWeights(Supervised.classWeights(params, schema, data.train()));
      Supervised.Fitted fitted =
          Supervised.fit(
              loop,
              context,
              new Supervised.Fit(
                  FAMILY,
                  settings.epochs(),
                  settings.patience(),
                  settings.maxEpochs(),
                  ValidationSchedule.everyEpoch(),
                  new FeatureNoise(FeatureNoise.DEFAULT_SCALE),
                  Supervised.replay(params)),
              train,
              valid);
      network.foldInputs(standardization);
      int epochs = fitted.epochs();
      Supervised.journalEpochs(context, FAMILY, FAMILY, fitted, early, Map.of());
      return new MiniLmMlpModel(
          schema,
          Supervised.withClassWeights(
              fitted.params(settings.withEpochs(epochs).toParams(), loop.knobs()), params),
          encoder,
          network);
    }
  }

  private static TensorData standardized(TensorData data, InputStandardization standardization) {
    return new TensorData(standardization.apply(data.features()), data.targets());
  }

  /** The encoder's width of inputs, the mlp family's hidden layers, one output per class. */
  static int[] sizes(MlpSettings settings, DatasetSchema schema, int inputs) {
    List<Integer> hidden = settings.hidden();
    int[] sizes = new int[hidden.size() + 2];
    sizes[0] = inputs;
    for (int i = 0; i < hidden.size(); i++) {
      sizes[i + 1] = hidden.get(i);
    }
    sizes[sizes.length - 1] = schema.classes().size();
    return sizes;
  }

  @Override
  public boolean stopsAtDeadline() {
    return true;
  }

  private static TrainingLoop loop(
      Mlp network, MlpSettings settings, long seed, TrainingContext context) {
    Knobs knobs =
        new Knobs()
            .learningRate(settings.learningRate())
            .batchSize(settings.batchSize())
            .dropout(settings.dropout())
            .weightDecay(settings.weightDecay());
    return new TrainingLoop(network, Objective.CROSS_ENTROPY, knobs, seed)
        .listen(new MetricLogger(context.metrics(), FAMILY + ".", 10))
        .listen(new ProgressReporter(context.progress(), "train " + FAMILY, 10));
  }

  /** The embedding step's time, which the disk cache should bring to seconds on a second run. */
  private static void journalEmbedding(TrainingContext context, TrainingData data, double seconds) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("texts", data.train().size() + data.valid().size());
    evidence.put("seconds", Math.round(seconds * 1000) / 1000.0);
    String message =
        String.format(
            Locale.ROOT,
            "minilm-mlp embedded %d texts in %.2f s",
            data.train().size() + data.valid().size(),
            seconds);
    context
        .journal()
        .record(Event.of(context.clock(), "race", "note", FAMILY + ".embed", evidence, message));
  }
}
