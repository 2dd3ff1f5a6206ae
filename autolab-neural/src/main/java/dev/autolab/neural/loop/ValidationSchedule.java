package dev.autolab.neural.loop;

/**
 * Validates at the end of every epoch, or every {@code everySteps} optimizer steps when epochs are
 * too long to wait for (large data sets).
 */
public final class ValidationSchedule implements LoopListener {
  private final int everySteps;

  private ValidationSchedule(int everySteps) {
    this.everySteps = everySteps;
  }

  public static ValidationSchedule everyEpoch() {
    return new ValidationSchedule(0);
  }

  public static ValidationSchedule everySteps(int steps) {
    if (steps < 1) {
      throw new IllegalArgumentException("validation interval must be at least 1, got " + steps);
    }
    return new ValidationSchedule(steps);
  }

  @Override
  public void onStep(StepRecord step, LoopControl control) {
    if (everySteps > 0 && step.step() % everySteps == 0) {
      control.validate();
    }
  }

  @Override
  public void onEpochEnd(int epoch, LoopControl control) {
    if (everySteps == 0) {
      control.validate();
    }
  }
}
