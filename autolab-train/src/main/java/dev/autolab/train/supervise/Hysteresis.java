package dev.autolab.train.supervise;

/**
 * A condition that must hold for {@code confirm} checks in a row to switch on, and that switches
 * off only when a looser exit condition holds: a value wavering around one threshold then cannot
 * make a rule fire, clear and fire again.
 */
final class Hysteresis {
  private final int confirm;
  private int streak;
  private boolean active;

  Hysteresis(int confirm) {
    if (confirm < 1) {
      throw new IllegalArgumentException("confirm must be at least 1, got " + confirm);
    }
    this.confirm = confirm;
  }

  /**
   * @param enter the (strict) condition to switch on
   * @param exit the (looser) condition to switch off
   * @return whether the condition is on after this check
   */
  boolean update(boolean enter, boolean exit) {
    if (active) {
      if (exit) {
        active = false;
        streak = 0;
      }
      return active;
    }
    streak = enter ? streak + 1 : 0;
    active = streak >= confirm;
    return active;
  }

  /** Switches off at once, as after an action that resets what was measured. */
  void reset() {
    active = false;
    streak = 0;
  }

  boolean active() {
    return active;
  }
}
