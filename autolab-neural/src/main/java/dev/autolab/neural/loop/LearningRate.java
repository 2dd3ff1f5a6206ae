package dev.autolab.neural.loop;

import ai.djl.training.tracker.ParameterTracker;

/**
 * The optimizer's learning rate, read from the knobs at every update: DJL's own trackers fix their
 * values when built, and a supervisor must be able to lower the rate mid-run.
 */
final class LearningRate implements ParameterTracker {
  private final Knobs knobs;
  private long step;
  private long totalSteps = 1;

  LearningRate(Knobs knobs) {
    this.knobs = knobs;
  }

  /** Sets the optimizer step the next updates belong to. */
  void at(long step, long totalSteps) {
    this.step = step;
    this.totalSteps = totalSteps;
  }

  float current() {
    return (float) (knobs.learningRate() * knobs.schedule().factor(step, totalSteps));
  }

  @Override
  public float getNewValue(String parameterId, int numUpdate) {
    return current();
  }
}
