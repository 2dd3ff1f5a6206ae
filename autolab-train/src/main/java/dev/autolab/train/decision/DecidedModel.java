package dev.autolab.train.decision;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Row;
import dev.autolab.train.Prediction;
import dev.autolab.train.TrainedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A classifier whose probabilities are reweighted per class (see {@link DecisionWeights}). It saves
 * as its inner model plus {@code decision.json}, which {@link #wrapIfPresent} reads back.
 */
public final class DecidedModel implements TrainedModel {
  static final String FILE = "decision.json";

  private final TrainedModel inner;
  private final double[] weights;

  /** The content of {@code decision.json}. */
  record Decision(int schemaVersion, Map<String, Double> weights) {}

  public DecidedModel(TrainedModel inner, double[] weights) {
    if (weights.length != inner.schema().classes().size()) {
      throw new IllegalArgumentException("one weight per class");
    }
    this.inner = inner;
    this.weights = weights.clone();
  }

  /** {@code model}, reweighted when {@code modelDir} holds a {@code decision.json}. */
  public static TrainedModel wrapIfPresent(TrainedModel model, Path modelDir) {
    Path file = modelDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return model;
    }
    Decision decision = Json.read(file, Decision.class);
    List<String> classes = model.schema().classes();
    double[] w = new double[classes.size()];
    for (int k = 0; k < w.length; k++) {
      w[k] = decision.weights().getOrDefault(classes.get(k), 1.0);
    }
    return new DecidedModel(model, w);
  }

  @Override
  public String family() {
    return inner.family();
  }

  @Override
  public DatasetSchema schema() {
    return inner.schema();
  }

  @Override
  public Map<String, Object> hyperparameters() {
    Map<String, Object> all = new LinkedHashMap<>(inner.hyperparameters());
    all.put("decision_weights", weightsByClass());
    return all;
  }

  @Override
  public List<Prediction> predict(List<Row> rows) {
    List<Prediction> out = new ArrayList<>(rows.size());
    for (Prediction p : inner.predict(rows)) {
      out.add(
          Prediction.ofClass(
              schema().classes(), DecisionWeights.apply(p.probabilities(), weights)));
    }
    return out;
  }

  /** The weighted probabilities of the inner model's probabilities {@code p}, row by row. */
  public double[][] weigh(double[][] p) {
    double[][] out = new double[p.length][];
    for (int i = 0; i < p.length; i++) {
      out[i] = DecisionWeights.apply(p[i], weights);
    }
    return out;
  }

  /** The model before reweighting (for exporters). */
  public TrainedModel inner() {
    return inner;
  }

  /** One weight per class, in the schema's class order. */
  public double[] weights() {
    return weights.clone();
  }

  @Override
  public void save(Path modelDir) {
    inner.save(modelDir);
    Json.write(modelDir.resolve(FILE), new Decision(1, weightsByClass()));
  }

  private Map<String, Double> weightsByClass() {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int k = 0; k < weights.length; k++) {
      map.put(schema().classes().get(k), weights[k]);
    }
    return map;
  }
}
