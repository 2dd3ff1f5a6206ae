package dev.autolab.train;

/**
 * Thrown by a trainer whose time budget ran out before it had any model to deliver (a long
 * preparatory step, such as encoding texts with a pretrained network, was still running). The race
 * journals the candidate as stopped by the budget and goes on with the others.
 */
public final class BudgetSpentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param what how far the trainer got, in words (e.g. "4,000 of 6,000 texts embedded")
   */
  public BudgetSpentException(String what) {
    super(what);
  }
}
