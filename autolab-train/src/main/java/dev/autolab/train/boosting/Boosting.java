package dev.autolab.train.boosting;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.train.model.Params;
import dev.autolab.train.model.RatePairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/** The calls into XGBoost4J: its parameter map, training with early stopping, prediction. */
final class Boosting {
  private Boosting() {}

  /**
   * A trained booster, the validation metric after each round (empty without validation), and the
   * learning-rate changes made between its rounds.
   */
  record Trained(Booster booster, float[] validCurve, List<RateChange> rateChanges) {
    Trained(Booster booster, float[] validCurve) {
      this(booster, validCurve, List.of());
    }
  }

  /**
   * A learning-rate change between boosting rounds.
   *
   * @param round rounds already boosted when the rate changed (it applies from the next)
   * @param from the rate before
   * @param to the rate after
   * @param best the lowest validation loss so far (NaN when replayed)
   * @param last the validation loss of the last round (NaN when replayed)
   */
  record RateChange(int round, double from, double to, double best, double last) {
    /** The changes as {@code round:rate} pairs, e.g. {@code 212:0.025,262:0.0125}. */
    static String format(List<RateChange> changes) {
      return RatePairs.format(
          changes.stream().map(c -> new RatePairs.Pair(c.round(), c.to())).toList());
    }

    /** The changes {@link #format} wrote, to replay; from-rates are not kept there (NaN). */
    static List<RateChange> parse(String schedule) {
      return RatePairs.parse(schedule, "round", "200:0.025").stream()
          .map(p -> new RateChange(p.at(), Double.NaN, p.rate(), Double.NaN, Double.NaN))
          .toList();
    }
  }

  /**
   * The supervisor's rule for boosted trees: when the validation loss has not improved for {@code
   * after} rounds, the learning rate is multiplied by {@link #DECAY} before the next round, at most
   * {@link #MAX_DECAYS} times and never twice within {@code after} rounds; early stopping, the
   * other rule that applies to trees, still ends the training {@code patience} rounds after the
   * best. A smaller rate lets later trees refine what the earlier ones overshot.
   */
  static final double DECAY = 0.5;

  /** Decays in one training at the most. */
  static final int MAX_DECAYS = 3;

  /** Rounds without improvement before a decay: half the early-stopping patience. */
  static int decayAfter(int patience) {
    return Math.max(5, patience / 2);
  }

  /** XGBoost's own parameters for one configuration. */
  static Map<String, Object> parameters(
      DatasetSchema schema, Params params, BoostingConfig config, long seed) {
    Map<String, Object> xgb = new HashMap<>();
    int classes = schema.classes().size();
    xgb.put("objective", params.text("objective", defaultObjective(schema)));
    if (schema.task() == Task.REGRESSION) {
      xgb.put("eval_metric", "rmse");
    } else if (classes == 2) {
      xgb.put("eval_metric", "logloss");
    } else {
      xgb.put("num_class", classes);
      xgb.put("eval_metric", "mlogloss");
    }
    xgb.put("eta", params.number("learning_rate", XGBoostTrainer.LEARNING_RATE));
    xgb.put("max_depth", config.maxDepth());
    xgb.put("min_child_weight", config.minChildWeight());
    xgb.put("subsample", params.number("subsample", 0.8));
    xgb.put("colsample_bytree", params.number("colsample_bytree", 0.8));
    xgb.put("lambda", params.number("lambda", 1.0));
    xgb.put("tree_method", "hist");
    xgb.put("nthread", params.integer("nthread", Runtime.getRuntime().availableProcessors()));
    // XGBoost reads the seed as an unsigned integer; 31 bits keep every binding happy.
    xgb.put("seed", seed & 0x7fffffffL);
    xgb.put("verbosity", 0);
    // XGBoost4J prints every round's validation loss to stdout unless told not to.
    xgb.put("verbose_eval", 0);
    return xgb;
  }

  /** The loss for the task: squared error, logistic, or softmax over the classes. */
  static String defaultObjective(DatasetSchema schema) {
    if (schema.task() == Task.REGRESSION) {
      return "reg:squarederror";
    }
    return schema.classes().size() == 2 ? "binary:logistic" : "multi:softprob";
  }

  /**
   * Trains for up to {@code rounds} rounds; with a validation matrix, stops once its metric has not
   * improved for {@code patience} rounds and returns the curve so the caller can find the best
   * round.
   */
  static Trained train(
      DMatrix train, DMatrix valid, Map<String, Object> xgb, int rounds, int patience) {
    return train(train, valid, xgb, rounds, patience, null);
  }

  /**
   * As {@link #train(DMatrix, DMatrix, Map, int, int)}, but also ends after any round once {@code
   * stop} says so (the run's deadline), keeping the rounds done. Without {@code stop}, XGBoost's
   * own loop runs; with it, rounds are driven one by one from here so the deadline is checked
   * between.
   */
  static Trained train(
      DMatrix train,
      DMatrix valid,
      Map<String, Object> xgb,
      int rounds,
      int patience,
      BooleanSupplier stop) {
    return train(train, valid, xgb, rounds, patience, stop, false, List.of());
  }

  /**
   * As {@link #train(DMatrix, DMatrix, Map, int, int, BooleanSupplier)}; with {@code decay} (and
   * validation) the learning rate is halved between rounds when the validation loss stalls (see
   * {@link #DECAY}), and {@code replay} sets the rate at given rounds, to train again what a
   * validated training did.
   */
  static Trained train(
      DMatrix train,
      DMatrix valid,
      Map<String, Object> xgb,
      int rounds,
      int patience,
      BooleanSupplier stop,
      boolean decay,
      List<RateChange> replay) {
    boolean decays = decay && valid != null;
    if (stop != null || decays || !replay.isEmpty()) {
      return trainUntil(
          train, valid, xgb, rounds, patience, stop == null ? () -> false : stop, decays, replay);
    }
    Map<String, DMatrix> watches = new LinkedHashMap<>();
    if (valid != null) {
      watches.put("valid", valid);
    }
    float[][] curves = new float[watches.size()][rounds];
    try {
      Booster booster =
          XGBoost.train(
              train, xgb, rounds, watches, curves, null, null, valid == null ? 0 : patience);
      int done = booster.getNumBoostedRound();
      float[] curve = valid == null ? new float[0] : Arrays.copyOf(curves[0], done);
      return new Trained(booster, curve);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  private static Trained trainUntil(
      DMatrix train,
      DMatrix valid,
      Map<String, Object> xgb,
      int rounds,
      int patience,
      BooleanSupplier stop,
      boolean decay,
      List<RateChange> replay) {
    try {
      Booster booster = XGBoost.train(train, xgb, 0, new HashMap<>(), null, null);
      float[] curve = new float[rounds];
      int done = 0;
      float best = Float.POSITIVE_INFINITY;
      int sinceBest = 0;
      int sinceChange = 0;
      double rate = ((Number) xgb.get("eta")).doubleValue();
      List<RateChange> changes = new ArrayList<>();
      DMatrix[] watch = {valid};
      String[] names = {"valid"};
      while (done < rounds) {
        for (RateChange change : replay) {
          if (change.round() == done) {
            booster.setParam("eta", Double.toString(change.to()));
            changes.add(new RateChange(done, rate, change.to(), Double.NaN, Double.NaN));
            rate = change.to();
          }
        }
        booster.update(train, done);
        done++;
        if (valid != null) {
          // XGBoost reports "[round]\tvalid-<metric>:<value>".
          String line = booster.evalSet(watch, names, done - 1);
          float value = Float.parseFloat(line.substring(line.lastIndexOf(':') + 1).trim());
          curve[done - 1] = value;
          sinceChange++;
          if (value < best) {
            best = value;
            sinceBest = 0;
          } else if (patience > 0 && ++sinceBest >= patience) {
            break;
          }
          if (decay
              && changes.size() < MAX_DECAYS
              && sinceBest >= decayAfter(patience)
              && sinceChange >= decayAfter(patience)) {
            double to = rate * DECAY;
            booster.setParam("eta", Double.toString(to));
            changes.add(new RateChange(done, rate, to, best, value));
            rate = to;
            sinceChange = 0;
          }
        }
        if (stop.getAsBoolean()) {
          break;
        }
      }
      return new Trained(
          booster, valid == null ? new float[0] : Arrays.copyOf(curve, done), changes);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost training failed: " + e.getMessage(), e);
    }
  }

  /** The round count (1-based) with the lowest validation loss; the earliest on ties. */
  static int bestRounds(float[] curve) {
    int best = 0;
    for (int i = 1; i < curve.length; i++) {
      if (curve[i] < curve[best]) {
        best = i;
      }
    }
    return best + 1;
  }

  /** Raw predictions, one row per matrix row. */
  static float[][] predict(Booster booster, DMatrix matrix) {
    try {
      return booster.predict(matrix);
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
    }
  }
}
