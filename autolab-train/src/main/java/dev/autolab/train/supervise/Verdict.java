package dev.autolab.train.supervise;

import java.util.Map;

/**
 * What a rule makes of the signals at one check.
 *
 * @param active whether the rule's condition holds (after hysteresis)
 * @param evidence the window of values it read
 * @param summary one sentence describing the condition
 * @param proposal the change it asks for while active, or null for none
 */
public record Verdict(
    boolean active, Map<String, Object> evidence, String summary, Proposal proposal) {
  public Verdict {
    evidence = evidence == null ? Map.of() : evidence;
  }

  private static final Verdict NOT_READ = new Verdict(false, Map.of(), "", null);

  /** Read, and the condition does not hold. */
  public static Verdict quiet() {
    return new Verdict(false, Map.of(), "", null);
  }

  /** The rule does not read the signals on this trigger: its state is unchanged. */
  public static Verdict notRead() {
    return NOT_READ;
  }

  /** Whether this verdict is a reading (not {@link #notRead()}). */
  public boolean read() {
    return this != NOT_READ;
  }
}
