package dev.autolab.neural.image;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.loop.Knobs;
import dev.autolab.neural.loop.MetricLogger;
import dev.autolab.neural.loop.Objective;
import dev.autolab.neural.loop.ProgressReporter;
import dev.autolab.neural.loop.Supervised;
import dev.autolab.neural.loop.TensorData;
import dev.autolab.neural.loop.TrainingLoop;
import dev.autolab.neural.loop.ValidationSchedule;
import dev.autolab.neural.net.SmallCnn;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code cnn} family: images of the first image column decoded once, resized to a side chosen
 * from the data and normalised by the training pixels' per-channel mean and deviation, into {@link
 * SmallCnn} with batch norm and dropout, trained with Adam and cross-entropy. With validation rows
 * it early-stops on the validation loss and keeps the best epoch, whose count its hyperparameters
 * record for the refit, as {@code mlp} does.
 */
public final class CnnTrainer implements Trainer {
  public static final String FAMILY = "cnn";

  /** The shift, in pixels, the supervisor turns on when validation stagnates. */
  static final int SUPERVISED_SHIFT = 2;

  private final Map<String, Object> params;

  public CnnTrainer(Map<String, Object> params) {
    this.params = new LinkedHashMap<>(params);
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public boolean supports(DatasetSchema schema) {
    return schema.task() == Task.CLASSIFICATION
        && !schema.featuresOfType(ColumnType.IMAGE).isEmpty();
  }

  @Override
  public TrainedModel fit(TrainingData data, TrainingContext context) {
    DatasetSchema schema = data.schema();
    if (!supports(schema)) {
      throw new BadInputException("cnn classifies images: it needs an image column and classes");
    }
    CnnSettings settings = CnnSettings.of(params, data.train().size());
    boolean early = settings.epochs() == 0;
    if (early && data.valid().isEmpty()) {
      throw new BadInputException(
          "cnn without validation images needs a fixed epoch count: --set epochs=N");
    }
    NeuralEngine.start();
    String column = schema.featuresOfType(ColumnType.IMAGE).get(0).name();
    ImageLayout chosen = ImageLayout.choose(column, data.train());
    float[] trainPixels = ImageTensors.decode(chosen, data.train());
    ImageLayout layout = ImageTensors.withStats(chosen, trainPixels);
    long seed = Seeds.derive(context.seed(), FAMILY);
    SmallCnn network = CnnModel.network(layout, schema.classes().size(), seed);
    try (NDManager manager = NDManager.newBaseManager(NeuralEngine.device())) {
      TensorData train = ImageTensors.of(manager, layout, schema, data.train(), trainPixels);
      TensorData valid =
          data.valid().isEmpty()
              ? null
              : ImageTensors.of(
                  manager, layout, schema, data.valid(), ImageTensors.decode(layout, data.valid()));
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
                  settings.shift() > 0
                      ? null
                      : ImageAugmentation.of(SUPERVISED_SHIFT, settings.flip()),
                  Supervised.replay(params)),
              train,
              valid);
      int epochs = fitted.epochs();
      Supervised.journalEpochs(
          context,
          FAMILY,
          String.format(
              Locale.ROOT,
              "cnn on %dx%d images, %d channel(s):",
              layout.size(),
              layout.size(),
              layout.channels()),
          fitted,
          early,
          Map.of("image_size", layout.size(), "channels", layout.channels()));
      return new CnnModel(
          schema,
          Supervised.withClassWeights(
              fitted.params(settings.withEpochs(epochs).toParams(), loop.knobs()), params),
          layout,
          network);
    }
  }

  @Override
  public boolean stopsAtDeadline() {
    return true;
  }

  /**
   * The whole machine: convolutions use every core well, and two trials side by side fight for the
   * memory. On two cores an epoch of the benchmark CNN took 17 s on two threads and 34 s on one
   * alone, but 52-55 s each for two trials on one thread at once.
   */
  @Override
  public int threadsWanted() {
    return Integer.MAX_VALUE;
  }

  private static TrainingLoop loop(
      SmallCnn network, CnnSettings settings, long seed, TrainingContext context) {
    Knobs knobs =
        new Knobs()
            .learningRate(settings.learningRate())
            .batchSize(settings.batchSize())
            .dropout(settings.dropout())
            .weightDecay(settings.weightDecay())
            .augmentation(ImageAugmentation.of(settings.shift(), settings.flip()));
    return new TrainingLoop(network, Objective.CROSS_ENTROPY, knobs, seed)
        .listen(new MetricLogger(context.metrics(), FAMILY + ".", 10))
        .listen(new ProgressReporter(context.progress(), "train " + FAMILY, 10));
  }
}
