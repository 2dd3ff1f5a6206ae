package dev.autolab.train.plan;

import java.util.Objects;

/**
 * Why a plan holds a candidate or a value: the rule that decided and one sentence for people.
 *
 * @param rule the rule's name, e.g. {@code text-columns}
 * @param message what it decided and why
 */
public record Reason(String rule, String message) {
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
  }
}
