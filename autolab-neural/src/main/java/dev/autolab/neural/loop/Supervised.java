package dev.autolab.neural.loop;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.features.Targets;
import dev.autolab.train.model.Params;
import dev.autolab.train.model.RatePairs;
import dev.autolab.train.supervise.Supervisor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the neural families put the training supervisor on their loop. */
public final class Supervised {
  private Supervised() {}

  /**
   * Adds the supervisor to {@code loop} when the context has it on; null when it is off.
   *
   * @param checkpoints the best-checkpoint keeper already listening, or null without validation
   * @param earlyStopping whether the loop early-stops on validation loss
   * @param augmentation what the family turns on when validation stagnates, or null
   */
  public static LoopSupervisor attach(
      TrainingLoop loop,
      TrainingContext context,
      String family,
      Checkpoints checkpoints,
      boolean earlyStopping,
      Augmentation augmentation) {
    if (!context.supervision().enabled()) {
      return null;
    }
    Supervisor supervisor =
        new Supervisor(context.supervision(), context.journal(), context.clock(), family);
    LoopSupervisor hook = new LoopSupervisor(supervisor, checkpoints, earlyStopping, augmentation);
    loop.listen(hook);
    return hook;
  }

  /**
   * Writes the knobs the supervisor changed into a model's hyperparameters, so a refit on
   * train+valid starts where supervision ended instead of repeating the trouble.
   */
  public static Map<String, Object> params(
      Map<String, Object> params, Knobs knobs, LoopSupervisor hook) {
    if (hook != null && !hook.supervisor().actions().isEmpty()) {
      params.put("learning_rate", knobs.learningRate());
    }
    if (hook != null && Supervisor.rescued(hook.supervisor().actions())) {
      params.put(Supervisor.RESCUED, true);
    } else {
      params.remove(Supervisor.RESCUED);
    }
    return params;
  }

  /**
   * What a family's fit asks of the loop: the epochs (a fixed count, or early stopping with a
   * patience and a cap), how often to validate, and what the supervisor may turn on.
   *
   * @param epochs the fixed epoch count; 0 for early stopping on validation loss
   * @param augmentation what the supervisor turns on when validation stagnates, or null
   * @param replay what a fixed-length run replays of the run that chose its settings
   */
  public record Fit(
      String family,
      int epochs,
      int patience,
      int maxEpochs,
      ValidationSchedule schedule,
      Augmentation augmentation,
      Replay replay) {
    /** A fit without a rate cut or rates to replay. */
    public Fit(
        String family,
        int epochs,
        int patience,
        int maxEpochs,
        ValidationSchedule schedule,
        Augmentation augmentation) {
      this(family, epochs, patience, maxEpochs, schedule, augmentation, new Replay(0, null));
    }

    boolean early() {
      return epochs == 0;
    }
  }

  /**
   * The setting that replays an early-stopping rate cut in a fixed-length run (a refit): after this
   * many epochs the rate is divided by {@link EarlyStopping#CUT} and the optimizer restarted.
   */
  public static final String RATE_CUT_AFTER = "rate_cut_after";

  /**
   * The class weights a network's loss uses: the candidate's {@code class_weights} (the first when
   * the plan lists several: one network is trained), computed from the training rows' classes; null
   * for none, and always for regression.
   */
  public static float[] classWeights(
      Map<String, Object> params, DatasetSchema schema, List<Row> train) {
    Object value = params.get("class_weights");
    if (value instanceof List<?> list) {
      value = list.isEmpty() ? null : list.get(0);
    }
    if (value == null || schema.task() != Task.CLASSIFICATION) {
      return null;
    }
    double[] weights =
        ClassWeighting.parse(value.toString())
            .classWeights(Targets.classIndices(schema, train), schema.classes().size());
    if (weights == null) {
      return null;
    }
    float[] out = new float[weights.length];
    for (int k = 0; k < weights.length; k++) {
      out[k] = (float) weights[k];
    }
    return out;
  }

  /** {@code hyperparameters} with the candidate's class weighting, which a refit must repeat. */
  public static Map<String, Object> withClassWeights(
      Map<String, Object> hyperparameters, Map<String, Object> params) {
    if (params.containsKey("class_weights")) {
      hyperparameters.put("class_weights", params.get("class_weights"));
    }
    return hyperparameters;
  }

  /** The rate cut a model's settings ask to replay (0: none). */
  public static int rateCutAfter(Map<String, Object> params) {
    return new Params(params).integer(RATE_CUT_AFTER, 0);
  }

  /** The setting that keeps the base rate epoch by epoch ({@link RateSchedule}). */
  public static final String RATE_SCHEDULE = RatePairs.KEY;

  /**
   * What a fixed-length run replays of the run that chose its settings.
   *
   * @param rateCutAfter the epochs after which the optimizer restarts (and, without {@code rates},
   *     the rate is cut); 0 for none
   * @param rates the base rate epoch by epoch, or null to train at the settings' one rate
   */
  public record Replay(int rateCutAfter, RateSchedule rates) {}

  /** The replay a model's settings ask for. */
  public static Replay replay(Map<String, Object> params) {
    String text = new Params(params).text(RATE_SCHEDULE, "");
    return new Replay(rateCutAfter(params), text.isBlank() ? null : RateSchedule.parse(text));
  }

  /** How many times running out of patience cuts the rate before early stopping stops. */
  static final int RATE_CUTS = 1;

  /**
   * The outcome of {@link #fit}: the loop's result, the epochs the model should keep (the best
   * checkpoint's where validation chose, the epochs done where the budget cut a fixed run short),
   * and the supervisor (null when it was off).
   */
  public record Fitted(
      LoopResult result,
      int epochs,
      LoopSupervisor supervisor,
      EarlyStopping.RateCut cut,
      int rateCutAfter,
      RateSchedule rates) {
    /**
     * The family's settings with the knobs the supervisor changed, and the rate cut to replay: the
     * rate the kept weights started from, and after how many epochs it was cut. When the rate
     * changed along the kept epochs (the supervisor's cuts, early stopping's), the rates epoch by
     * epoch too, so that a replay trains each epoch at the rate it had.
     */
    public Map<String, Object> params(Map<String, Object> settings, Knobs knobs) {
      Map<String, Object> params = Supervised.params(settings, knobs, supervisor);
      if (cut != null) {
        params.put("learning_rate", cut.from());
      }
      if (rateCutAfter > 0) {
        params.put(RATE_CUT_AFTER, rateCutAfter);
      } else {
        params.remove(RATE_CUT_AFTER);
      }
      if (rates != null && rates.varies()) {
        params.put("learning_rate", rates.rateAt(0));
        params.put(RATE_SCHEDULE, rates.format());
      } else {
        params.remove(RATE_SCHEDULE);
      }
      return params;
    }
  }

  /**
   * Trains {@code loop} the way every neural family does: validation with best-checkpoint keeping
   * when the run early-stops or is supervised (the supervisor reads validation even where the epoch
   * count is fixed), early stopping with restore-best, the supervisor, and the stop at the time
   * budget's deadline, and the race's rungs when the trial runs in one.
   *
   * @param valid the validation data, or null when there is none
   */
  public static Fitted fit(
      TrainingLoop loop, TrainingContext context, Fit fit, TensorData train, TensorData valid) {
    boolean early = fit.early();
    Checkpoints checkpoints = new Checkpoints(null);
    // Validation also serves the race's rungs, which compare trials by validation loss.
    boolean validates =
        valid != null && (early || context.supervision().enabled() || context.rungs().active());
    if (validates) {
      loop.listen(fit.schedule()).listen(checkpoints);
    }
    EarlyStopping stopping = null;
    // The supervisor, attached below, hears of early stopping's rate cut through this.
    List<LoopSupervisor> hooks = new ArrayList<>(1);
    if (early) {
      stopping =
          new EarlyStopping(
              fit.patience(),
              checkpoints,
              true,
              RATE_CUTS,
              cut -> {
                journalCut(context, cut);
                hooks.forEach(LoopSupervisor::earlyStoppingCutTheRate);
              });
      loop.listen(stopping);
    } else if (fit.replay().rates() != null) {
      loop.listen(replayRates(fit.replay().rates(), fit.replay().rateCutAfter()));
    } else if (fit.replay().rateCutAfter() > 0) {
      loop.listen(replayCut(fit.replay().rateCutAfter()));
    }
    RateLog log = new RateLog();
    loop.listen(log);
    LoopSupervisor supervisor =
        attach(
            loop, context, fit.family(), validates ? checkpoints : null, early, fit.augmentation());
    if (supervisor != null) {
      hooks.add(supervisor);
    }
    loop.listen(new DeadlineStop(context.deadline()::passed, early));
    if (validates && context.rungs().active()) {
      loop.listen(new RungStop(context.rungs()));
    }
    LoopResult result =
        loop.fit(train, validates ? valid : null, early ? fit.maxEpochs() : fit.epochs());
    int epochs =
        early || stoppedAtBest(supervisor)
            ? checkpoints.bestRecord().epoch() + 1
            : DeadlineStop.epochsDone(result, fit.epochs());
    EarlyStopping.RateCut cut =
        stopping == null || stopping.cuts().isEmpty() ? null : stopping.cuts().get(0);
    int cutAfter = early ? 0 : fit.replay().rateCutAfter();
    if (cut != null) {
      // The weights kept: those put back at the cut, trained on at the lower rate when a later
      // epoch did better. A replay trains the same epochs: the restored ones, then the later ones.
      if (epochs > cut.epochsDone()) {
        epochs = cut.restoredEpochs() + (epochs - cut.epochsDone());
        cutAfter = cut.restoredEpochs();
      } else {
        epochs = cut.restoredEpochs();
      }
    }
    return new Fitted(result, epochs, supervisor, cut, cutAfter, log.kept(epochs, cut));
  }

  /**
   * The base rate at the last step of each epoch of the loop: the rate the epoch ended on. A
   * divergence cut early in an epoch is thus replayed from that epoch's start (a replay must not
   * start at the rate that diverged), and a cut made at an epoch's validation from the next epoch.
   * Listened before the supervisor, so a step's record holds the rate that step trained at.
   */
  private static final class RateLog implements LoopListener {
    private final List<Double> perEpoch = new ArrayList<>();

    @Override
    public void onStep(StepRecord step, LoopControl control) {
      while (perEpoch.size() <= step.epoch()) {
        perEpoch.add(Double.NaN);
      }
      perEpoch.set(step.epoch(), control.knobs().learningRate());
    }

    /**
     * The rates of the {@code epochs} epochs the model kept: with a rate cut, those before the
     * weights put back, then those trained after the cut; null when no epoch trained.
     */
    RateSchedule kept(int epochs, EarlyStopping.RateCut cut) {
      List<Double> kept = new ArrayList<>();
      if (cut != null && epochs > cut.restoredEpochs()) {
        kept.addAll(perEpoch.subList(0, Math.min(cut.restoredEpochs(), perEpoch.size())));
        int from = Math.min(cut.epochsDone(), perEpoch.size());
        int to = Math.min(cut.epochsDone() + epochs - cut.restoredEpochs(), perEpoch.size());
        kept.addAll(perEpoch.subList(from, to));
      } else {
        kept.addAll(perEpoch.subList(0, Math.min(epochs, perEpoch.size())));
      }
      return kept.isEmpty() ? null : RateSchedule.of(kept);
    }
  }

  /**
   * A fixed-length run's replay of the rates epoch by epoch, and of the optimizer's restart at a
   * rate cut after {@code cutAfter} epochs (0: none).
   */
  private static LoopListener replayRates(RateSchedule rates, int cutAfter) {
    return new LoopListener() {
      @Override
      public void onStart(LoopControl control) {
        control.knobs().learningRate(rates.rateAt(0));
      }

      @Override
      public void onEpochEnd(int epoch, LoopControl control) {
        control.knobs().learningRate(rates.rateAt(epoch + 1));
        if (epoch + 1 == cutAfter) {
          control.resetOptimizer();
        }
      }
    };
  }

  /** A fixed-length run's replay of a rate cut: after {@code epochs} epochs, the lower rate. */
  private static LoopListener replayCut(int epochs) {
    return new LoopListener() {
      @Override
      public void onEpochEnd(int epoch, LoopControl control) {
        if (epoch + 1 == epochs) {
          control.knobs().learningRate(control.knobs().learningRate() / EarlyStopping.CUT);
          control.resetOptimizer();
        }
      }
    };
  }

  /**
   * Journals how many epochs a family's fit kept and why (the {@code <family>.epochs} note, whose
   * change the refit reads).
   *
   * @param subject how the note begins (the family, and what it trained on)
   * @param details more evidence (the image size, say), or an empty map
   */
  public static void journalEpochs(
      TrainingContext context,
      String family,
      String subject,
      Fitted fitted,
      boolean early,
      Map<String, Object> details) {
    LoopResult result = fitted.result();
    int epochs = fitted.epochs();
    Map<String, Object> evidence = new LinkedHashMap<>(details);
    evidence.put("steps", result.steps());
    evidence.put("epochs_run", result.epochs());
    evidence.put("rows_per_s", Math.round(result.rowsPerSecond()));
    if (result.lastValidation() != null) {
      evidence.put("valid_loss", result.lastValidation().loss());
    }
    String kept;
    if (!early) {
      kept = "trained " + epochs + " epochs as fixed";
    } else if (fitted.rateCutAfter() > 0) {
      kept =
          String.format(
              Locale.ROOT,
              "kept %d epochs of training of %d run (%d at the first rate, %d after the rate"
                  + " cut; lowest validation loss)",
              epochs,
              result.epochs(),
              fitted.rateCutAfter(),
              epochs - fitted.rateCutAfter());
    } else {
      kept =
          String.format(
              Locale.ROOT, "kept epoch %d of %d (lowest validation loss)", epochs, result.epochs());
    }
    if (early && result.stopReason() != null) {
      kept += "; stopped early: " + result.stopReason();
    }
    context
        .journal()
        .record(
            Event.of(
                    context.clock(),
                    "race",
                    "note",
                    family + ".epochs",
                    evidence,
                    subject + " " + kept)
                .withChange("epochs", null, epochs));
  }

  private static void journalCut(TrainingContext context, EarlyStopping.RateCut cut) {
    Map<String, Object> evidence = new LinkedHashMap<>();
    evidence.put("best_valid_loss", cut.bestLoss());
    evidence.put("epochs_done", cut.epochsDone());
    evidence.put("restored_epochs", cut.restoredEpochs());
    context
        .journal()
        .record(
            Event.of(
                    context.clock(),
                    "race",
                    "action",
                    "early-stopping-rate-cut",
                    evidence,
                    String.format(
                        Locale.ROOT,
                        "validation loss stalled at %.4f: the weights of epoch %d put back, learning"
                            + " rate %.3g -> %.3g, training goes on",
                        cut.bestLoss(),
                        cut.restoredEpochs(),
                        cut.from(),
                        cut.to()))
                .withStep(cut.step())
                .withChange("learning_rate", cut.from(), cut.to()));
  }

  /** Whether the supervisor ended the run early with the best checkpoint restored. */
  public static boolean stoppedAtBest(LoopSupervisor hook) {
    return hook != null && hook.stopReason() != null;
  }
}
