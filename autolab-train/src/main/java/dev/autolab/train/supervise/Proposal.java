package dev.autolab.train.supervise;

import java.util.Objects;
import java.util.function.Predicate;

/**
 * A change a rule asks for: the knob, its value before and after, whether it is critical (notified
 * to people), and how to make it on an engine.
 *
 * @param knob what changes
 * @param from the value before
 * @param to the value after
 * @param critical divergence, rollback or stop: notified beyond the journal
 * @param message one sentence saying what and why
 * @param apply makes the change; false when the engine cannot
 */
public record Proposal(
    Knob knob,
    Object from,
    Object to,
    boolean critical,
    String message,
    Predicate<Actuator> apply) {
  public Proposal {
    Objects.requireNonNull(knob, "knob");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(apply, "apply");
  }
}
