package dev.autolab.train.boosting;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.core.Task;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.Trainer;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import dev.autolab.train.model.Params;
import dev.autolab.train.model.RatePairs;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code xgboost} family: gradient-boosted trees on numeric columns (missing values left to
 * XGBoost) and one-hot categoricals; text columns are ignored. Each configuration of a small grid
 * (tree depth, class weights) is early-stopped on the validation split and the grid point with the
 * best validation metric wins.
 */
public final class XGBoostTrainer implements Trainer {
  public static final String FAMILY = "xgboost";

  /** The step size: small enough that early stopping finds a good round count. */
  public static final double LEARNING_RATE = 0.05;

  /** At most this many rounds ... */
  public static final int MAX_ROUNDS = 1000;

  /** ... stopping after this many without a better validation loss. */
  public static final int EARLY_STOPPING_ROUNDS = 50;

  /** Tree depths tried: shallow trees for small or smooth data, deeper ones for interactions. */
  public static final List<Integer> MAX_DEPTHS = List.of(3, 6);

  /**
   * Class weightings tried. Full balancing is left out: cross-validation on small, skewed tables
   * (seattle_weather's train split) showed it costing 4 to 13 points of accuracy for 3 to 5 points
   * of macro-F1, while its square root gained as much macro-F1 for about 2 points of accuracy.
   */
  public static final List<ClassWeighting> CLASS_WEIGHTS =
      List.of(ClassWeighting.NONE, ClassWeighting.SQRT_BALANCED);

  /** One-hot levels kept per categorical column; rarer values share an "other" column. */
  static final int MAX_LEVELS = 50;

  private final Params params;

  public XGBoostTrainer(Map<String, Object> params) {
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
      throw new BadInputException(
          "xgboost needs a numeric or categorical column; use tfidf-linear");
    }
    noteIgnoredText(schema, context);
    TabularEncoder encoder = TabularEncoder.fit(data.train(), schema.features(), false, MAX_LEVELS);
    BoostingSearch search =
        new BoostingSearch(
            schema, withinShare(context), encoder, Seeds.derive(context.seed(), FAMILY), context);
    BoostingSearch.Result result =
        fixedConfig()
            .map(config -> search.fixed(data, config))
            .orElseGet(() -> search.search(data, grid(schema)));
    Map<String, Object> hyperparameters = new LinkedHashMap<>();
    hyperparameters.put("objective", params.text("objective", Boosting.defaultObjective(schema)));
    hyperparameters.put("learning_rate", params.number("learning_rate", LEARNING_RATE));
    hyperparameters.put("subsample", params.number("subsample", 0.8));
    hyperparameters.put("colsample_bytree", params.number("colsample_bytree", 0.8));
    hyperparameters.put("lambda", params.number("lambda", 1.0));
    hyperparameters.putAll(result.config().toParams());
    journalRateChanges(result, context);
    return new XGBoostModel(schema, hyperparameters, encoder, result.booster());
  }

  /**
   * The settings with XGBoost's threads kept to the share of the cores the race gives this trial
   * when trials train at once. The hist method builds the same trees on any thread count.
   */
  private Params withinShare(TrainingContext context) {
    int share = context.rungs().threads();
    if (share <= 0) {
      return params;
    }
    int threads = params.integer("nthread", Runtime.getRuntime().availableProcessors());
    return params.with("nthread", Math.min(threads, share));
  }

  /** Boosting rounds end at the deadline: see {@link BoostingSearch}. */
  @Override
  public boolean stopsAtDeadline() {
    return true;
  }

  /**
   * Journals the learning-rate decays of the kept training as the supervisor's actions on trees
   * (stage supervisor, rule {@code boosting-plateau}), with the validation losses behind each.
   */
  private void journalRateChanges(BoostingSearch.Result result, TrainingContext context) {
    for (Boosting.RateChange change : result.rateChanges()) {
      if (Double.isNaN(change.best())) {
        continue; // replayed from a schedule, decided (and journalled) by an earlier training
      }
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("best_valid_loss", change.best());
      evidence.put("last_valid_loss", change.last());
      evidence.put(
          "rounds_without_improvement",
          Boosting.decayAfter(params.integer("early_stopping_rounds", EARLY_STOPPING_ROUNDS)));
      context
          .journal()
          .record(
              Event.of(
                      context.clock(),
                      "supervisor",
                      "action",
                      "boosting-plateau",
                      evidence,
                      String.format(
                          java.util.Locale.ROOT,
                          "%s: validation loss stalled at %.4g (best %.4g): learning rate %.4g ->"
                              + " %.4g from round %d",
                          FAMILY,
                          change.last(),
                          change.best(),
                          change.from(),
                          change.to(),
                          change.round() + 1))
                  .withStep(change.round())
                  .withChange("learning_rate", change.from(), change.to()));
    }
  }

  private Optional<BoostingConfig> fixedConfig() {
    if (params.integer("rounds", 0) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        new BoostingConfig(
            params.integer("max_depth", 6),
            params.number("min_child_weight", 1),
            ClassWeighting.parse(params.text("class_weight", "none")),
            params.integer("rounds", 0),
            params.text(RatePairs.KEY, "")));
  }

  private List<BoostingConfig> grid(DatasetSchema schema) {
    List<BoostingConfig> grid = new ArrayList<>();
    // Class weights mean nothing for regression.
    List<String> classWeights =
        schema.task() == Task.REGRESSION
            ? List.of("none")
            : params.texts(
                "class_weights", CLASS_WEIGHTS.stream().map(ClassWeighting::id).toList());
    List<Double> depths = MAX_DEPTHS.stream().map(Integer::doubleValue).toList();
    for (double depth : params.numbers("max_depths", depths)) {
      for (double weight : params.numbers("min_child_weights", List.of(1.0))) {
        for (String classWeight : classWeights) {
          grid.add(new BoostingConfig((int) depth, weight, ClassWeighting.parse(classWeight), 0));
        }
      }
    }
    return grid;
  }

  private static void noteIgnoredText(DatasetSchema schema, TrainingContext context) {
    List<String> text = schema.featuresOfType(ColumnType.TEXT).stream().map(c -> c.name()).toList();
    if (!text.isEmpty()) {
      context
          .journal()
          .record(
              Event.of(
                  context.clock(),
                  "race",
                  "note",
                  FAMILY + ".text-ignored",
                  Map.of("columns", text),
                  "xgboost ignores the text columns " + text + "; tfidf-linear reads them"));
    }
  }

  /** The labels XGBoost learns: class indices, or the numbers themselves. */
  static float[] labels(DatasetSchema schema, List<Row> rows) {
    float[] labels = new float[rows.size()];
    if (schema.task() == Task.CLASSIFICATION) {
      int[] indices = Targets.classIndices(schema, rows);
      for (int i = 0; i < labels.length; i++) {
        labels[i] = indices[i];
      }
    } else {
      double[] values = Targets.values(schema, rows);
      for (int i = 0; i < labels.length; i++) {
        labels[i] = (float) values[i];
      }
    }
    return labels;
  }
}
