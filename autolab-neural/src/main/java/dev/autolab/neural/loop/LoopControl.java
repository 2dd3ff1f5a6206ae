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

  /** Ends training after the current step; the reason is kept in the result. */
  void stop(String reason);

  /**
   * Validates now and tells every listener; validation listeners call it on their schedule.
   *
   * @return the record of this pass
   */
  ValidationRecord validate();
}
