package dev.autolab.core;

/**
 * Receives the progress of long work so that a front end can show it (a terminal bar with ETA, a
 * dashboard). Libraries report through this instead of printing.
 */
public interface ProgressListener {
  /** Discards every report. */
  ProgressListener NONE =
      new ProgressListener() {
        @Override
        public void start(String task, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void finish() {}
      };

  /** A new piece of work begins; {@code total} units are expected (or -1 when unknown). */
  void start(String task, long total);

  /** {@code done} units of the current piece of work are complete (absolute, not a delta). */
  void advance(long done);

  /** The current piece of work is complete. */
  void finish();

  /**
   * A listener for one of several pieces of work under way at once (a race's concurrent trials),
   * each reporting through a lane of its own so that one's progress is never read as another's. A
   * listener that shows a single piece at a time returns itself.
   */
  default ProgressListener lane() {
    return this;
  }
}
