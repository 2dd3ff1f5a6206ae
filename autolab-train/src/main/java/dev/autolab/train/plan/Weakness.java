package dev.autolab.train.plan;

import java.util.Objects;

/**
 * A weak spot evaluation found in a model, which the next plan should address.
 *
 * @param kind what is weak
 * @param subject the class, perturbation or metric concerned; {@code null} when it is the model as
 *     a whole
 * @param evidence one sentence with the numbers, e.g. "recall of 'snow' 0.00 < 0.30"
 * @param target the value the failed check asked for (e.g. the minimum recall), or {@code null}
 */
public record Weakness(Kind kind, String subject, String evidence, Double target) {
  /** What a weakness is about; each kind has its own remedies. */
  public enum Kind {
    /** A class the model rarely gets right. */
    WEAK_CLASS,
    /** Overall quality under a floor. */
    LOW_QUALITY,
    /** Answers that change under small input noise or an attack. */
    BRITTLE,
    /** Too slow for its latency budget. */
    SLOW
  }

  public Weakness {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** A weakness without a target value. */
  public Weakness(Kind kind, String subject, String evidence) {
    this(kind, subject, evidence, null);
  }
}
