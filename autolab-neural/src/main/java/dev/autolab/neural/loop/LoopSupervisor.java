package dev.autolab.neural.loop;

import dev.autolab.train.supervise.Actuator;
import dev.autolab.train.supervise.Supervisor;
import java.util.Map;

/**
 * The training supervisor on the DJL loop: it turns steps and validations into the supervisor's
 * signals and carries its actions out on the loop's knobs and weights (learning rate, global-norm
 * clipping, micro-batches with gradient accumulation, augmentation, rollback to the last good
 * weights with the optimizer's state cleared, stop with the best checkpoint restored).
 */
public final class LoopSupervisor implements SupervisorHook, Actuator {
  private final Supervisor supervisor;
  private final Checkpoints checkpoints;
  private final boolean earlyStopping;
  private final Augmentation augmentation;
  private LoopControl control;
  private Map<String, float[]> lastGood;
  private long lastNanos;
  private String stopReason;
  private boolean rateCutByEarlyStopping;

  /**
   * @param checkpoints the loop's best-checkpoint keeper (a listener added before this one), or
   *     null when the loop does not validate
   * @param earlyStopping whether the loop early-stops on validation loss and restores the best
   * @param augmentation what "turn on augmentation" means for this family, or null for nothing
   */
  public LoopSupervisor(
      Supervisor supervisor,
      Checkpoints checkpoints,
      boolean earlyStopping,
      Augmentation augmentation) {
    this.supervisor = supervisor;
    this.checkpoints = checkpoints;
    this.earlyStopping = earlyStopping;
    this.augmentation = augmentation;
  }

  @Override
  public void onStart(LoopControl loop) {
    this.control = loop;
    lastNanos = System.nanoTime();
    supervisor.start(this, loop.stepsPerEpoch());
  }

  @Override
  public void onStep(StepRecord step, LoopControl loop) {
    long now = System.nanoTime();
    double rowsPerSecond = step.rows() / Math.max(1e-9, (now - lastNanos) / 1e9);
    lastNanos = now;
    supervisor.step(
        step.step(), step.loss(), step.gradientNorm(), step.learningRate(), rowsPerSecond);
  }

  @Override
  public void onValidation(ValidationRecord validation, LoopControl loop) {
    supervisor.validation(validation.step(), validation.loss(), validation.accuracy());
  }

  @Override
  public void onEnd(LoopControl loop) {
    supervisor.end();
  }

  /** Why the supervisor stopped the run, or null when it did not. */
  public String stopReason() {
    return stopReason;
  }

  public Supervisor supervisor() {
    return supervisor;
  }

  @Override
  public double learningRate() {
    return control.knobs().learningRate();
  }

  @Override
  public void learningRate(double value) {
    control.knobs().learningRate(value);
  }

  @Override
  public double clipNorm() {
    return control.knobs().clipNorm();
  }

  @Override
  public boolean clipNorm(double value) {
    control.knobs().clipNorm(value);
    return true;
  }

  @Override
  public int microBatch() {
    return control.knobs().microBatchSize();
  }

  @Override
  public boolean halveMicroBatch() {
    Knobs knobs = control.knobs();
    if (knobs.microBatchSize() < 2) {
      return false;
    }
    knobs.accumulation(knobs.accumulation() * 2);
    return true;
  }

  @Override
  public boolean augmentationAvailable() {
    return augmentation != null;
  }

  @Override
  public boolean augmentationOn() {
    return augmentation != null && control.knobs().augmentation() == augmentation;
  }

  @Override
  public boolean turnOnAugmentation() {
    if (augmentation == null) {
      return false;
    }
    control.knobs().augmentation(augmentation);
    return true;
  }

  @Override
  public boolean earlyStopping() {
    return earlyStopping;
  }

  @Override
  public void markGood() {
    lastGood = control.network().parameters().snapshot();
  }

  @Override
  public boolean rollback() {
    if (lastGood == null) {
      return false;
    }
    control.network().parameters().restore(lastGood);
    control.resetOptimizer();
    return true;
  }

  @Override
  public boolean stopAndRestoreBest(String reason) {
    if (checkpoints == null || !checkpoints.restoreBest(control)) {
      return false;
    }
    stopReason = reason;
    control.stop("supervisor: " + reason);
    return true;
  }

  /** Early stopping has cut the rate itself: the supervisor's rate cuts stand down. */
  void earlyStoppingCutTheRate() {
    rateCutByEarlyStopping = true;
  }

  @Override
  public boolean rateCutByEarlyStopping() {
    return rateCutByEarlyStopping;
  }
}
