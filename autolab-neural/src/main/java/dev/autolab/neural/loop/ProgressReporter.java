package dev.autolab.neural.loop;

import dev.autolab.core.ProgressListener;

/** Reports optimizer steps to a progress listener (a terminal bar), every {@code every} steps. */
public final class ProgressReporter implements LoopListener {
  private final ProgressListener progress;
  private final String task;
  private final int every;

  public ProgressReporter(ProgressListener progress, String task, int every) {
    this.progress = progress;
    this.task = task;
    this.every = Math.max(1, every);
  }

  @Override
  public void onStart(LoopControl control) {
    progress.start(task, control.plannedSteps());
  }

  @Override
  public void onStep(StepRecord step, LoopControl control) {
    if (step.step() % every == 0) {
      progress.advance(step.step());
    }
  }

  @Override
  public void onEnd(LoopControl control) {
    progress.advance(control.step());
    progress.finish();
  }
}
