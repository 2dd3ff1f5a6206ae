package dev.autolab.neural.tabular;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
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
import dev.autolab.neural.net.Mlp;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code mlp} family: standardized numbers (missing at the mean plus an indicator) and one-hot
 * categoricals into a ReLU perceptron trained with Adam; cross-entropy for classes, squared error
 * on the standardized target for numbers. With validation rows it early-stops on the validation
 * loss and keeps the best epoch, whose count its hyperparameters record for the refit.
 */
public final class MlpTrainer implements Trainer {
  public static final String FAMILY = "mlp";

  /** One-hot levels kept per categorical column, as for the linear family. */
  static final int MAX_LEVELS = 50;

  /** Steps between validations on tables whose epochs are longer than this. */
  static final int LONG_EPOCH_STEPS = 1000;

  private final Map<String, Object> params;

  public MlpTrainer(Map<String, Object> params) {
    this.params = new LinkedHashMap<>(params);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public boolean supports(DatasetSchema schema) {
    return schema.hasTabularFeatures();
  }

  @Override
  public TrainedModel fit(TrainingData data, TrainingContext context) {
    DatasetSchema schema = data.schema();
    if (!supports(schema)) {
      throw new BadInputException("mlp needs a numeric or categorical column; use tfidf-linear");
    }
    MlpSettings settings = MlpSettings.of(params, data.train().size());
    boolean early = settings.epochs() == 0;
    if (early && data.valid().isEmpty()) {
      throw new BadInputException(
          "mlp without validation rows needs a fixed epoch count: --set epochs=N");
    }
    NeuralEngine.start();
    TabularEncoder encoder = TabularEncoder.fit(data.train(), schema.features(), true, MAX_LEVELS);
    TargetScale scale =
        schema.task() == Task.REGRESSION
            ? TargetScale.fit(Targets.values(schema, data.train()))
            : TargetScale.NONE;
    int outputs = schema.task() == Task.REGRESSION ? 1 : schema.classes().size();
    int[] sizes = sizes(encoder.size(), settings, outputs);
    long seed = Seeds.derive(context.seed(), FAMILY);
    Mlp network = new Mlp(NDManager.newBaseManager(NeuralEngine.device()), sizes, seed);
    try (NDManager manager = NDManager.newBaseManager(NeuralEngine.device())) {
      TensorData train = TabularTensors.of(manager, encoder, schema, data.train(), scale);
      TensorData valid =
          data.valid().isEmpty()
              ? null
              : TabularTensors.of(manager, encoder, schema, data.valid(), scale);
      TrainingLoop loop = loop(network, schema, settings, seed, context);
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
                  validationSchedule(data.train().size(), settings.batchSize()),
                  new FeatureNoise(FeatureNoise.DEFAULT_SCALE),
                  Supervised.replay(params)),
              train,
              valid);
      int epochs = fitted.epochs();
      Supervised.journalEpochs(context, FAMILY, FAMILY, fitted, early, Map.of());
      return new MlpModel(
          schema,
          Supervised.withClassWeights(
              fitted.params(settings.withEpochs(epochs).toParams(), loop.knobs()), params),
          encoder,
          scale,
          network);
    }
  }

  /**
   * Every epoch, or every {@link #LONG_EPOCH_STEPS} steps when epochs are longer than that, so that
   * early stopping on a large table reacts within minutes rather than after a whole epoch.
   */
  private static ValidationSchedule validationSchedule(int rows, int batch) {
    int stepsPerEpoch = (rows + batch - 1) / batch;
    return stepsPerEpoch > LONG_EPOCH_STEPS
        ? ValidationSchedule.everySteps(LONG_EPOCH_STEPS)
        : ValidationSchedule.everyEpoch();
  }

  private static int[] sizes(int inputs, MlpSettings settings, int outputs) {
    int[] sizes = new int[settings.hidden().size() + 2];
    sizes[0] = inputs;
    for (int i = 0; i < settings.hidden().size(); i++) {
      sizes[i + 1] = settings.hidden().get(i);
    }
    sizes[sizes.length - 1] = outputs;
    return sizes;
  }

  @Override
  public boolean stopsAtDeadline() {
    return true;
  }

  private static TrainingLoop loop(
      Mlp network, DatasetSchema schema, MlpSettings settings, long seed, TrainingContext context) {
    Knobs knobs =
        new Knobs()
            .learningRate(settings.learningRate())
            .batchSize(settings.batchSize())
            .dropout(settings.dropout())
            .weightDecay(settings.weightDecay());
    Objective objective =
        schema.task() == Task.REGRESSION ? Objective.SQUARED_ERROR : Objective.CROSS_ENTROPY;
    return new TrainingLoop(network, objective, knobs, seed)
        .listen(new MetricLogger(context.metrics(), FAMILY + ".", 10))
        .listen(new ProgressReporter(context.progress(), "train " + FAMILY, 10));
  }
}
