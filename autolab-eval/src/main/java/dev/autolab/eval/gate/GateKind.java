package dev.autolab.eval.gate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of quality gate; the planner maps failures of each to a weakness. */
public enum GateKind {
  MACRO_F1,
  CLASS_RECALL,
  R2,
  ROBUSTNESS_DROP,
  ATTACK_SUCCESS,
  P95_LATENCY_MS,
  CONTROL_ACCURACY,
  VS_PRODUCTION;

  @JsonValue
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
