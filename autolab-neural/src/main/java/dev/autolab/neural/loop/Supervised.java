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

  /** Whether the supervisor ended the run early with the best checkpoint restored. */
  public static boolean stoppedAtBest(LoopSupervisor hook) {
    return hook != null && hook.stopReason() != null;
  }
}
