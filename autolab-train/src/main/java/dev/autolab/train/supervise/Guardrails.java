package dev.autolab.train.supervise;

import java.util.EnumMap;
import java.util.Map;

/**
 * Keeps the supervisor from acting too often: after each action a cool-down during which
 * non-critical rules wait, never two actions on one knob inside one cool-down (critical ones
 * included: a run whose learning rate changes every few steps never converges), and a budget of
 * actions per run.
 */
final class Guardrails {
  private final int budget;
  private int cooldown;
  private final Map<Knob, Long> lastByKnob = new EnumMap<>(Knob.class);
  private long lastAction = Long.MIN_VALUE / 2;
  private int used;

  Guardrails(int cooldown, int budget) {
    this.cooldown = cooldown;
    this.budget = budget;
  }

  /** Why a proposal may not be applied at {@code step}, or null when it may. */
  String refusal(Proposal proposal, long step) {
    if (used >= budget) {
      return "action budget of " + budget + " spent";
    }
    Long last = lastByKnob.get(proposal.knob());
    if (last != null && step - last < cooldown) {
      return proposal.knob().id() + " changed at step " + last + ", inside the cool-down";
    }
    if (!proposal.critical() && step - lastAction < cooldown) {
      return "cool-down after the action at step " + lastAction;
    }
    return null;
  }

  void applied(Proposal proposal, long step) {
    lastByKnob.put(proposal.knob(), step);
    lastAction = step;
    used++;
  }

  boolean budgetSpent() {
    return used >= budget;
  }

  int used() {
    return used;
  }

  int cooldown() {
    return cooldown;
  }

  void cooldown(int steps) {
    cooldown = steps;
  }
}
