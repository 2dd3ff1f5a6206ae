package dev.autolab.neural.loop;

import dev.autolab.train.TrainingContext;
import dev.autolab.train.supervise.Supervisor;
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
    return params;
  }

  /**
   * What a family's fit asks of the loop: the epochs (a fixed count, or early stopping with a
   * patience and a cap), how often to validate, and what the supervisor may turn on.
   *
   * @param epochs the fixed epoch count; 0 for early stopping on validation loss
   * @param augmentation what the supervisor turns on when validation stagnates, or null
   */
  public record Fit(
      String family,
      int epochs,
      int patience,
      int maxEpochs,
      ValidationSchedule schedule,
      Augmentation augmentation) {
    boolean early() {
      return epochs == 0;
    }
  }

  /**
   * The outcome of {@link #fit}: the loop's result, the epochs the model should keep (the best
   * checkpoint's where validation chose, the epochs done where the budget cut a fixed run short),
   * and the supervisor (null when it was off).
   */
  public record Fitted(LoopResult result, int epochs, LoopSupervisor supervisor) {
    /** The family's settings with the knobs the supervisor changed. */
    public Map<String, Object> params(Map<String, Object> settings, Knobs knobs) {
      return Supervised.params(settings, knobs, supervisor);
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
    if (early) {
      loop.listen(new EarlyStopping(fit.patience(), checkpoints, true));
    }
    LoopSupervisor supervisor =
        attach(
            loop, context, fit.family(), validates ? checkpoints : null, early, fit.augmentation());
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
    return new Fitted(result, epochs, supervisor);
  }

  /** Whether the supervisor ended the run early with the best checkpoint restored. */
  public static boolean stoppedAtBest(LoopSupervisor hook) {
    return hook != null && hook.stopReason() != null;
  }
}
