package dev.autolab.train.linear;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code linear} family, the tabular baseline: standardized numbers (missing values at the
 * mean, plus an indicator) and one-hot categoricals into liblinear's logistic regression for
 * classification, or a ridge-like L2-loss SVR (epsilon 0) on the standardized target for
 * regression. C (and class weights) are chosen on the validation split.
 */
public final class LinearTrainer implements Trainer {
  public static final String FAMILY = "linear";

  /** One-hot levels kept per categorical column. */
  static final int MAX_LEVELS = 50;

  /** C from 0.01 to 100 by decades: standardized features leave the right scale open. */
  public static final List<Double> DEFAULT_C = List.of(0.01, 0.1, 1.0, 10.0, 100.0);

  private final Params params;

  public LinearTrainer(Map<String, Object> params) {
    this.params = new Params(params);
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
      throw new BadInputException("linear needs a numeric or categorical column; use tfidf-linear");
    }
    TabularEncoder encoder = TabularEncoder.fit(data.train(), schema.features(), true, MAX_LEVELS);
    List<SparseVector> train = encode(encoder, data.train());
    Optional<LinearConfig> fixed = LinearGrid.fixed(params);
    List<SparseVector> valid = fixed.isPresent() ? List.of() : encode(encoder, data.valid());
    long seed = Seeds.derive(context.seed(), FAMILY);
    Fitted fitted =
        schema.task() == Task.REGRESSION
            ? regression(data, context, train, valid, encoder.size(), seed, fixed)
            : classification(data, context, train, valid, encoder.size(), seed, fixed);
    Map<String, Object> hyperparameters = new LinkedHashMap<>(fitted.config().toParams());
    hyperparameters.remove("nb_scaling");
    if (schema.task() == Task.CLASSIFICATION) {
      hyperparameters.put("temperature", fitted.predictor().temperature());
    } else {
      hyperparameters.remove("class_weight");
    }
    return new LinearModel(schema, hyperparameters, encoder, fitted.predictor());
  }

  private record Fitted(LinearConfig config, LinearPredictor predictor) {}

  private Fitted classification(
      TrainingData data,
      TrainingContext context,
      List<SparseVector> train,
      List<SparseVector> valid,
      int dims,
      long seed,
      Optional<LinearConfig> fixed) {
    DatasetSchema schema = data.schema();
    int[] validY = fixed.isPresent() ? new int[0] : Targets.classIndices(schema, data.valid());
    LinearProblem problem =
        new LinearProblem(
            schema.classes(),
            dims,
            0,
            train,
            Targets.classIndices(schema, data.train()),
            valid,
            validY);
    LinearSearch search = new LinearSearch(FAMILY, context.metric(), seed, context.progress());
    if (fixed.isPresent()) {
      return new Fitted(
          fixed.get(), search.fit(problem, fixed.get(), params.number("temperature", 1.0)));
    }
    Map<String, Object> defaults = new LinkedHashMap<>();
    defaults.put("solvers", List.of(LinearConfig.LOGISTIC));
    defaults.put("c_logistic", DEFAULT_C);
    defaults.put("class_weights", List.of("none", "balanced"));
    LinearSearch.Outcome outcome =
        search.search(problem, LinearGrid.grid(params.withDefaults(defaults)));
    SearchJournal.record(context, FAMILY, outcome);
    return new Fitted(outcome.best(), outcome.predictor());
  }

  private Fitted regression(
      TrainingData data,
      TrainingContext context,
      List<SparseVector> train,
      List<SparseVector> valid,
      int dims,
      long seed,
      Optional<LinearConfig> fixed) {
    RidgeSearch search = new RidgeSearch(data.schema(), context, seed);
    if (fixed.isPresent()) {
      return new Fitted(fixed.get(), search.fit(train, data.train(), dims, fixed.get().strength()));
    }
    RidgeSearch.Outcome outcome =
        search.search(
            train, data.train(), valid, data.valid(), dims, params.numbers("c_ridge", DEFAULT_C));
    return new Fitted(
        new LinearConfig(LinearConfig.RIDGE, outcome.c(), ClassWeighting.NONE, false),
        outcome.predictor());
  }

  static List<SparseVector> encode(TabularEncoder encoder, List<Row> rows) {
    return rows.stream().map(encoder::encodeSparse).toList();
  }
}
