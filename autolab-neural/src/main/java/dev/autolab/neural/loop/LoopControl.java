package dev.autolab.neural.loop;

import dev.autolab.neural.net.Network;

/** What listeners may read and change while a loop runs. */
public interface LoopControl {
  Knobs knobs();

  Network network();

  /** Optimizer steps done so far. */
  long step();

  /** The current 0-based epoch. */
  int epoch();

  /** Optimizer steps planned for the whole run with the current batch size. */
  long plannedSteps();

  /** Optimizer steps in one epoch with the current batch size. */
  int stepsPerEpoch();

  /**
   * Forgets the optimizer's state (Adam's moment estimates), as after a rollback: moments gathered
   * on diverged weights would push the restored ones the same way again.
   */
  void resetOptimizer();

  /**
   * Caps the engine threads the training's operators use from the next step on (a race's share of
   * the cores for each of its concurrent trials); 0 leaves the choice to the network's size.
   */
  void capThreads(int threads);

  /** Ends training after the current step; the reason is kept in the result. */
  void stop(String reason);

  /**
   * Validates now and tells every listener; validation listeners call it on their schedule.
   *
   * @return the record of this pass
   */
  ValidationRecord validate();
}
