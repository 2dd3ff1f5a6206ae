package dev.autolab.neural.loop;

/**
 * How a run of the loop ended.
 *
 * @param steps optimizer steps done
 * @param epochs epochs started
 * @param rows training rows processed (counting each epoch)
 * @param seconds wall time of the loop
 * @param stopReason why it stopped early, or null when it ran all its epochs
 * @param lastValidation the last validation pass, or null when none ran
 */
public record LoopResult(
    long steps,
    int epochs,
    long rows,
    double seconds,
    String stopReason,
    ValidationRecord lastValidation) {

  /** Training rows per second over the whole loop. */
  public double rowsPerSecond() {
    return seconds > 0 ? rows / seconds : 0;
  }
}
