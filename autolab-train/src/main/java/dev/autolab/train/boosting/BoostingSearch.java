package dev.autolab.train.boosting;

import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Deadline;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.Validation;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.features.TabularEncoder;
import dev.autolab.train.features.Targets;
import dev.autolab.train.model.Params;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Early-stops each XGBoost configuration on the validation split, refits it for exactly its best
 * number of rounds (so the saved model holds no trees past the best round), and keeps the
 * configuration with the best validation metric; ties go to the lower validation loss. Once the
 * run's time budget is spent no further configuration starts and the one training ends after its
 * current round, keeping the rounds done.
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

  /** The configuration kept, its booster, and the learning-rate changes its training made. */
  record Result(BoostingConfig config, Booster booster, List<Boosting.RateChange> rateChanges) {
    Result(BoostingConfig config, Booster booster) {
      this(config, booster, List.of());
    }
  }

  private record Scored(
      BoostingConfig config,
      Booster booster,
      double score,
      double loss,
      List<Boosting.RateChange> rateChanges) {
    Scored(BoostingConfig config, Booster booster, double score, double loss) {
      this(config, booster, score, loss, List.of());
    }

    void dispose() {
      if (booster != null) {
        booster.dispose();
      }
    }
  }

  /** Trains one configuration whose rounds are fixed, on the training rows alone. */
  Result fixed(TrainingData data, BoostingConfig config) {
    DMatrix train = trainMatrix(data.train(), config.weighting());
    try {
      Map<String, Object> xgb = Boosting.parameters(schema, params, config, seed);
      return new Result(
          config,
          Boosting.train(
                  train,
                  null,
                  xgb,
                  config.rounds(),
                  0,
                  null,
                  false,
                  Boosting.RateChange.parse(config.rateSchedule()))
              .booster());
    } finally {
      train.dispose();
    }
  }

  /**
   * Tries the configurations and returns the best on validation. Unless {@code
   * successive_halving=false}, configurations are first compared at rungs of a ninth and a third of
   * the rounds, keeping the best third (at least one) at each, so only the survivors train in full.
   */
  Result search(TrainingData data, List<BoostingConfig> grid) {
    if (data.valid().isEmpty()) {
      throw new BadInputException(
          "xgboost early-stops on validation rows and has none; give rows or fix rounds");
    }
    DMatrix valid =
        BoostingMatrix.labelled(
            encoder, data.valid(), XGBoostTrainer.labels(schema, data.valid()), null);
    List<Scored> atRungs = List.of();
    if (params.flag("successive_halving", true)) {
      List<Scored> survivors;
      try {
        survivors = halve(data, valid, grid);
      } catch (RuntimeException e) {
        valid.dispose();
        throw e;
      }
      if (context.deadline().passed() && survivors.get(0).booster() != null) {
        // No time to train in full: the best setting as trained to its rung is the answer.
        valid.dispose();
        Scored best = survivors.get(0);
        survivors.subList(1, survivors.size()).forEach(Scored::dispose);
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put(best.config().describe(), best.score());
        Scored kept =
            new Scored(
                best.config().withRounds(rounds(best.booster(), 1)),
                best.booster(),
                best.score(),
                best.loss());
        journal(kept, evidence, grid.size());
        return new Result(kept.config(), kept.booster(), kept.rateChanges());
      }
      // Kept: if the deadline cuts the full training short, a rung booster may be the better one.
      atRungs = survivors.stream().filter(r -> r.booster() != null).toList();
      grid = survivors.stream().map(Scored::config).toList();
    }
    context.progress().start("xgboost settings", grid.size());
    Scored best = null;
    Map<String, Object> evidence = new LinkedHashMap<>();
    try {
      for (int i = 0; i < grid.size(); i++) {
        if (best != null && context.deadline().passed()) {
          // The time budget is spent: the best configuration so far is the answer.
          break;
        }
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
    best = betterOfRungs(best, atRungs);
    journal(best, evidence, grid.size());
    return new Result(best.config(), best.booster(), best.rateChanges());
  }

  /**
   * After a full training cut short by the deadline, the best of it and the rung boosters; the
   * others are released. Without a deadline the full training wins by construction.
   */
  private Scored betterOfRungs(Scored best, List<Scored> atRungs) {
    Scored chosen = best;
    if (context.deadline().passed()) {
      for (Scored rung : atRungs) {
        if (better(rung, chosen)) {
          chosen = rung;
        }
      }
    }
    for (Scored rung : atRungs) {
      if (rung != chosen) {
        rung.dispose();
      }
    }
    if (chosen != best) {
      best.dispose();
      return new Scored(
          chosen.config().withRounds(rounds(chosen.booster(), 1)),
          chosen.booster(),
          chosen.score(),
          chosen.loss());
    }
    return chosen;
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
              params.integer("early_stopping_rounds", XGBoostTrainer.EARLY_STOPPING_ROUNDS),
              stop(),
              decays(),
              List.of());
      if (context.deadline().passed()) {
        // No time for the refit: the probe, with its trees past the best round, is kept.
        XGBoostModel cut = new XGBoostModel(schema, Map.of(), encoder, probe.booster());
        double score = Validation.metrics(cut, data.valid()).value(context.metric());
        float[] curve = probe.validCurve();
        return new Scored(
            config
                .withRounds(rounds(probe.booster(), curve.length))
                .withRateSchedule(Boosting.RateChange.format(probe.rateChanges())),
            probe.booster(),
            score,
            curve[Boosting.bestRounds(curve) - 1],
            probe.rateChanges());
      }
      probe.booster().dispose();
      int chosen = Boosting.bestRounds(probe.validCurve());
      // The changes made before the best round are part of the model; later ones are not.
      List<Boosting.RateChange> kept =
          probe.rateChanges().stream().filter(c -> c.round() < chosen).toList();
      Booster booster = Boosting.train(train, null, xgb, chosen, 0, stop(), false, kept).booster();
      // Fewer when the deadline cut the refit short.
      int rounds = rounds(booster, chosen);
      XGBoostModel model = new XGBoostModel(schema, Map.of(), encoder, booster);
      double score = Validation.metrics(model, data.valid()).value(context.metric());
      return new Scored(
          config.withRounds(rounds).withRateSchedule(Boosting.RateChange.format(kept)),
          booster,
          score,
          probe.validCurve()[rounds - 1],
          kept);
    } finally {
      train.dispose();
    }
  }

  /** Reduction factor: the best third of the configurations go on from each rung. */
  static final int REDUCTION = 3;

  /**
   * The configurations that survive the rungs. At each rung every survivor trains (from scratch,
   * early-stopped) for the rung's rounds and is scored on validation with the run's metric; the
   * rest are journalled with their numbers at the rung. Re-training survivors from scratch costs at
   * most the rung's rounds again, a ninth and a third of the full count. The survivors keep their
   * rung boosters, which are the answer when the deadline passes before the full training.
   */
  private List<Scored> halve(TrainingData data, DMatrix valid, List<BoostingConfig> grid) {
    int maxRounds = params.integer("max_rounds", XGBoostTrainer.MAX_ROUNDS);
    int patience = params.integer("early_stopping_rounds", XGBoostTrainer.EARLY_STOPPING_ROUNDS);
    List<BoostingConfig> configs = grid;
    List<Scored> survivors = new ArrayList<>();
    for (int rung : new int[] {maxRounds / (REDUCTION * REDUCTION), maxRounds / REDUCTION}) {
      if (configs.size() < REDUCTION || rung < 1) {
        break;
      }
      survivors.forEach(Scored::dispose);
      List<Scored> scored = new ArrayList<>();
      for (BoostingConfig config : configs) {
        if (!scored.isEmpty() && context.deadline().passed()) {
          break; // out of time: the rung compares the configurations it reached
        }
        scored.add(atRung(data, valid, config, rung, patience));
      }
      scored.sort((a, b) -> better(a, b) ? -1 : better(b, a) ? 1 : 0);
      int keep = context.deadline().passed() ? 1 : Math.max(1, scored.size() / REDUCTION);
      Scored last = scored.get(keep - 1);
      for (Scored loser : scored.subList(keep, scored.size())) {
        journalPrune(loser, rung, last);
        loser.dispose();
      }
      survivors = new ArrayList<>(scored.subList(0, keep));
      configs = survivors.stream().map(Scored::config).toList();
    }
    if (survivors.isEmpty()) {
      // Too few settings to halve: every one trains in full.
      return grid.stream().map(c -> new Scored(c, null, Double.NaN, Double.NaN)).toList();
    }
    return survivors;
  }

  private Scored atRung(
      TrainingData data, DMatrix valid, BoostingConfig config, int rung, int patience) {
    DMatrix train = trainMatrix(data.train(), config.weighting());
    try {
      Map<String, Object> xgb = Boosting.parameters(schema, params, config, seed);
      Boosting.Trained probe = Boosting.train(train, valid, xgb, rung, patience, stop());
      XGBoostModel model = new XGBoostModel(schema, Map.of(), encoder, probe.booster());
      double score = Validation.metrics(model, data.valid()).value(context.metric());
      float[] curve = probe.validCurve();
      return new Scored(config, probe.booster(), score, curve[Boosting.bestRounds(curve) - 1]);
    } finally {
      train.dispose();
    }
  }

  private void journalPrune(Scored loser, int rung, Scored lastKept) {
    String metric = context.metric().id();
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("settings", loser.config().describe());
    evidence.put("rung_rounds", rung);
    evidence.put(metric, loser.score());
    evidence.put("valid_loss", loser.loss());
    evidence.put("last_kept_" + metric, lastKept.score());
    context
        .journal()
        .record(
            Event.of(
                context.clock(),
                "race",
                "prune",
                "successive-halving",
                evidence,
                String.format(
                    Locale.ROOT,
                    "xgboost %s stopped at %d rounds: validation %s %.4f (loss %.4f), outside the"
                        + " best third (the last kept has %.4f)",
                    loser.config().describe(),
                    rung,
                    metric,
                    loser.score(),
                    loser.loss(),
                    lastKept.score())));
  }

  /** The deadline check for XGBoost's rounds, or null without a time budget. */
  /** Whether the supervisor's rule for trees (the learning rate halved on a stall) is on. */
  private boolean decays() {
    return context.supervision().enabled() && params.flag("learning_rate_decay", true);
  }

  private BooleanSupplier stop() {
    Deadline deadline = context.deadline();
    return deadline.bounded() ? deadline::passed : null;
  }

  private static int rounds(Booster booster, int planned) {
    try {
      return booster.getNumBoostedRound();
    } catch (XGBoostError e) {
      return planned;
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
