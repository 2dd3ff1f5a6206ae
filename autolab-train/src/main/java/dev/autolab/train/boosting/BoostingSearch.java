package dev.autolab.train.boosting;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import dev.autolab.train.model.Params;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;

/**
 * Early-stops each XGBoost configuration on the validation split, refits it for exactly its best
 * number of rounds (so the saved model holds no trees past the best round), and keeps the
 * configuration with the best validation metric; ties go to the lower validation loss.
 */
final class BoostingSearch {
  private final DatasetSchema schema;
  private final Params params;
  private final TabularEncoder encoder;
  private final long seed;
  private final TrainingContext context;

  BoostingSearch(
      DatasetSchema schema,
      Params params,
      TabularEncoder encoder,
      long seed,
      TrainingContext context) {
    this.schema = schema;
    this.params = params;
    this.encoder = encoder;
    this.seed = seed;
    this.context = context;
  }

  record Result(BoostingConfig config, Booster booster) {}

  private record Scored(BoostingConfig config, Booster booster, double score, double loss) {}

  /** Trains one configuration whose rounds are fixed, on the training rows alone. */
  Result fixed(TrainingData data, BoostingConfig config) {
    DMatrix train = trainMatrix(data.train(), config.weighting());
    try {
      Map<String, Object> xgb = Boosting.parameters(schema, params, config, seed);
      return new Result(config, Boosting.train(train, null, xgb, config.rounds(), 0).booster());
    } finally {
      train.dispose();
    }
  }

  /** Tries every configuration and returns the best on validation. */
  Result search(TrainingData data, List<BoostingConfig> grid) {
    if (data.valid().isEmpty()) {
      throw new BadInputException(
          "xgboost early-stops on validation rows and has none; give rows or fix rounds");
    }
    DMatrix valid =
        BoostingMatrix.labelled(
            encoder, data.valid(), XGBoostTrainer.labels(schema, data.valid()), null);
    context.progress().start("xgboost settings", grid.size());
    Scored best = null;
    Map<String, Object> evidence = new LinkedHashMap<>();
    try {
      for (int i = 0; i < grid.size(); i++) {
        Scored scored = tryConfig(data, valid, grid.get(i));
        evidence.put(scored.config().describe(), scored.score());
        context
            .metrics()
            .log(XGBoostTrainer.FAMILY + ".grid.valid." + context.metric().id(), i, scored.score());
        if (best == null || better(scored, best)) {
          if (best != null) {
            best.booster().dispose();
          }
          best = scored;
        } else {
          scored.booster().dispose();
        }
        context.progress().advance(i + 1);
      }
    } finally {
      valid.dispose();
      context.progress().finish();
    }
    journal(best, evidence, grid.size());
    return new Result(best.config(), best.booster());
  }

  private Scored tryConfig(TrainingData data, DMatrix valid, BoostingConfig config) {
    DMatrix train = trainMatrix(data.train(), config.weighting());
    try {
      Map<String, Object> xgb = Boosting.parameters(schema, params, config, seed);
      Boosting.Trained probe =
          Boosting.train(
              train,
              valid,
              xgb,
              params.integer("max_rounds", XGBoostTrainer.MAX_ROUNDS),
              params.integer("early_stopping_rounds", XGBoostTrainer.EARLY_STOPPING_ROUNDS));
      probe.booster().dispose();
      int rounds = Boosting.bestRounds(probe.validCurve());
      Booster booster = Boosting.train(train, null, xgb, rounds, 0).booster();
      XGBoostModel model = new XGBoostModel(schema, Map.of(), encoder, booster);
      double score = Validation.metrics(model, data.valid()).value(context.metric());
      return new Scored(config.withRounds(rounds), booster, score, probe.validCurve()[rounds - 1]);
    } finally {
      train.dispose();
    }
  }

  private boolean better(Scored candidate, Scored incumbent) {
    Metric metric = context.metric();
    return metric.isBetter(candidate.score(), incumbent.score())
        || (candidate.score() == incumbent.score() && candidate.loss() < incumbent.loss());
  }

  private DMatrix trainMatrix(List<Row> rows, ClassWeighting weighting) {
    float[] labels = XGBoostTrainer.labels(schema, rows);
    float[] weights = null;
    if (weighting != ClassWeighting.NONE && schema.task() == Task.CLASSIFICATION) {
      int[] classes = Targets.classIndices(schema, rows);
      double[] perClass = weighting.classWeights(classes, schema.classes().size());
      weights = new float[rows.size()];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = (float) perClass[classes[i]];
      }
    }
    return BoostingMatrix.labelled(encoder, rows, labels, weights);
  }

  private void journal(Scored best, Map<String, Object> evidence, int tried) {
    String message =
        String.format(
            Locale.ROOT,
            "xgboost chose %s: validation %s %.4f among %d settings, each early-stopped on validation",
            best.config().describe(),
            context.metric().id(),
            best.score(),
            tried);
    context
        .journal()
        .record(
            Event.of(
                    context.clock(),
                    "race",
                    "note",
                    XGBoostTrainer.FAMILY + ".settings",
                    evidence,
                    message)
                .withChange("settings", null, best.config().describe()));
  }
}
