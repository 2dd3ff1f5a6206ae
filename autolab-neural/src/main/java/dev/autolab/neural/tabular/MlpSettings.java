package dev.autolab.neural.tabular;

import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that fixes how an {@code mlp} trains, read from a candidate's parameters with the
 * defaults below; {@link #toParams()} writes them all back, so a model's hyperparameters retrain it
 * exactly.
 *
 * @param hidden hidden layer widths
 * @param learningRate Adam's base rate
 * @param batchSize rows per step
 * @param epochs fixed epoch count, or 0 to early-stop on validation (up to {@code maxEpochs})
 * @param maxEpochs the most epochs early stopping may run
 * @param patience validations without improvement before stopping
 * @param dropout after each hidden layer
 * @param weightDecay decoupled, per step
 */
public record MlpSettings(
    List<Integer> hidden,
    double learningRate,
    int batchSize,
    int epochs,
    int maxEpochs,
    int patience,
    double dropout,
    double weightDecay) {

  /** Steps a run may take at most; epochs are capped so large tables still finish in minutes. */
  static final int MAX_STEPS = 20_000;

  /** The settings for {@code trainRows} rows, with the parameters' values where given. */
  public static MlpSettings of(Map<String, Object> values, int trainRows) {
    Params params = new Params(values);
    // A tenth of a small table per step gives ten steps an epoch; large tables use 128. Below 32
    // rows a batch's gradient is mostly noise and the step count, not learning, grows.
    int batch = params.integer("batch_size", Math.max(32, Math.min(128, trainRows / 10)));
    int stepsPerEpoch = Math.max(1, (trainRows + batch - 1) / batch);
    int maxEpochs = Math.max(5, Math.min(200, MAX_STEPS / stepsPerEpoch));
    return new MlpSettings(
        params.numbers("hidden", List.of(128.0, 64.0)).stream().map(Double::intValue).toList(),
        params.number("learning_rate", 1e-3),
        batch,
        params.integer("epochs", 0),
        params.integer("max_epochs", maxEpochs),
        params.integer("patience", 8),
        params.number("dropout", 0.1),
        params.number("weight_decay", 1e-4));
  }

  /** The same settings with a fixed epoch count, as the model's hyperparameters record them. */
  public MlpSettings withEpochs(int fixed) {
    return new MlpSettings(
        hidden, learningRate, batchSize, fixed, maxEpochs, patience, dropout, weightDecay);
  }

  public Map<String, Object> toParams() {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("hidden", hidden);
    map.put("learning_rate", learningRate);
    map.put("batch_size", batchSize);
    map.put("epochs", epochs);
    map.put("max_epochs", maxEpochs);
    map.put("patience", patience);
    map.put("dropout", dropout);
    map.put("weight_decay", weightDecay);
    return map;
  }
}
