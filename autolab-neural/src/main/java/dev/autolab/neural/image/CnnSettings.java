package dev.autolab.neural.image;

import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that fixes how a {@code cnn} trains, from a candidate's parameters with the defaults
 * below; {@link #toParams()} writes them all back, so a model's hyperparameters retrain it.
 *
 * @param learningRate Adam's base rate
 * @param batchSize images per step
 * @param epochs fixed epoch count, or 0 to early-stop on validation (up to {@code maxEpochs})
 * @param maxEpochs the most epochs early stopping may run
 * @param patience validations without improvement before stopping
 * @param dropout before the output layer
 * @param weightDecay decoupled, per step
 * @param shift augmentation: the most pixels a batch moves along each axis (0: none)
 * @param flip augmentation: mirror batches left-right half the time. Off by default: mirrored
 *     digits and letters are other symbols or none, and a class may hinge on handedness
 */
record CnnSettings(
    double learningRate,
    int batchSize,
    int epochs,
    int maxEpochs,
    int patience,
    double dropout,
    double weightDecay,
    int shift,
    boolean flip) {

  /** Steps a run may take at most, so that large folders still finish in tens of minutes. */
  static final int MAX_STEPS = 12_000;

  static CnnSettings of(Map<String, Object> values, int trainRows) {
    Params params = new Params(values);
    // 64 images a step on anything but tiny folders, where a tenth of the data keeps ~10 steps an
    // epoch; below 16 a batch-norm batch's statistics are too noisy.
    int batch = params.integer("batch_size", Math.max(16, Math.min(64, trainRows / 10)));
    int stepsPerEpoch = Math.max(1, (trainRows + batch - 1) / batch);
    int maxEpochs = Math.max(3, Math.min(60, MAX_STEPS / stepsPerEpoch));
    return new CnnSettings(
        params.number("learning_rate", 1e-3),
        batch,
        params.integer("epochs", 0),
        params.integer("max_epochs", maxEpochs),
        params.integer("patience", 3),
        params.number("dropout", 0.3),
        params.number("weight_decay", 1e-4),
        params.integer("shift", 0),
        flip(values.get("flip")));
  }

  /** {@code --set flip=1} arrives as a number, a saved model's setting as a boolean. */
  private static boolean flip(Object value) {
    return value instanceof Number n ? n.doubleValue() != 0 : Boolean.TRUE.equals(value);
  }

  CnnSettings withEpochs(int fixed) {
    return new CnnSettings(
        learningRate, batchSize, fixed, maxEpochs, patience, dropout, weightDecay, shift, flip);
  }

  Map<String, Object> toParams() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("learning_rate", learningRate);
    map.put("batch_size", batchSize);
    map.put("epochs", epochs);
    map.put("max_epochs", maxEpochs);
    map.put("patience", patience);
    map.put("dropout", dropout);
    map.put("weight_decay", weightDecay);
    map.put("shift", shift);
    map.put("flip", flip);
    return map;
  }
}
