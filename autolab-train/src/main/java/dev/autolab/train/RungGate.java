package dev.autolab.train;

/**
 * Where a trial that trains in epochs meets the race's rungs (successive halving): it reports its
 * validation loss at the end of each rung and learns whether it goes on. A trial waits here while
 * other trials train their own rung, so the race decides on every trial's figures at the same
 * amount of training.
 */
public interface RungGate {
  /** A gate with no rungs: the trial trains to its own end. */
  RungGate NONE =
      new RungGate() {
        @Override
        public boolean reached(int rung, double validLoss) {
          return true;
        }

        @Override
        public void ended() {}
      };

  /** Whether this gate has rungs at all. */
  default boolean active() {
    return this != NONE;
  }

  /** The reduction factor: rung {@code k} ends after {@code first * factor^k} epochs. */
  default int factor() {
    return 3;
  }

  /**
   * The engine threads this trial may use: the race's share of the cores when trials train at once;
   * 0 lets the trainer choose.
   */
  default int threads() {
    return 0;
  }

  /**
   * Reports the validation loss at the end of rung {@code rung} (0 first) and waits for the race's
   * verdict.
   *
   * @return true to train on to the next rung, false when the race stops this trial here
   */
  boolean reached(int rung, double validLoss);

  /** The trial has ended, by itself, at the deadline or by failing: its turn passes on. */
  void ended();
}
