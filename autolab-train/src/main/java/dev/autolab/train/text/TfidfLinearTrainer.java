package dev.autolab.train.text;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.Targets;
import dev.autolab.train.features.TextFeatures;
import dev.autolab.train.linear.LinearConfig;
import dev.autolab.train.linear.LinearGrid;
import dev.autolab.train.linear.LinearPredictor;
import dev.autolab.train.linear.LinearProblem;
import dev.autolab.train.linear.LinearSearch;
import dev.autolab.train.linear.SearchJournal;
import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code tfidf-linear} family: word and character n-gram TF-IDF features and a linear
 * classifier from liblinear (logistic regression or a linear SVM, optionally on naive-Bayes scaled
 * features) or complement naive Bayes, with its settings chosen on the validation split.
 */
public final class TfidfLinearTrainer implements Trainer {
  public static final String FAMILY = "tfidf-linear";

  private final Params params;

  public TfidfLinearTrainer(Map<String, Object> params) {
    this.params = new Params(params);
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
          "tfidf-linear needs a classification task with a text column; use xgboost or linear");
    }
    TextFeatures.Fit fit = TextFeatures.fit(schema, data.train(), TextDefaults.settings(params));
    Optional<LinearConfig> fixed = LinearGrid.fixed(params);
    List<SparseVector> validX =
        fixed.isPresent() ? List.of() : fit.features().transform(schema, data.valid());
    int[] validY = fixed.isPresent() ? new int[0] : Targets.classIndices(schema, data.valid());
    LinearProblem problem =
        new LinearProblem(
            schema.classes(),
            fit.features().dims(),
            fit.features().textDims(),
            fit.vectors(),
            Targets.classIndices(schema, data.train()),
            validX,
            validY);
    LinearSearch search =
        new LinearSearch(
            FAMILY, context.metric(), Seeds.derive(context.seed(), FAMILY), context.progress());
    LinearConfig config;
    LinearPredictor predictor;
    if (fixed.isPresent()) {
      config = fixed.get();
      predictor = search.fit(problem, config, params.number("temperature", 1.0));
    } else {
      LinearSearch.Outcome outcome =
          search.search(problem, LinearGrid.grid(params.withDefaults(TextDefaults.grid())));
      SearchJournal.record(context, FAMILY, outcome);
      config = outcome.best();
      predictor = outcome.predictor();
    }
    return new TfidfLinearModel(
        schema, hyperparameters(config, predictor), fit.features(), predictor);
  }

  private Map<String, Object> hyperparameters(LinearConfig config, LinearPredictor predictor) {
    Map<String, Object> hyperparameters = new LinkedHashMap<>(TextDefaults.textParams(params));
    hyperparameters.putAll(config.toParams());
    hyperparameters.put("temperature", predictor.temperature());
    return hyperparameters;
  }
}
