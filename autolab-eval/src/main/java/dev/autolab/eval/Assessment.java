package dev.autolab.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.autolab.eval.control.ControlReport;
import dev.autolab.eval.gate.GateReport;
import dev.autolab.eval.latency.LatencyReport;
import dev.autolab.eval.quality.ClassificationAnalysis;
import dev.autolab.eval.robust.AttackReport;
import dev.autolab.eval.robust.RobustnessReport;
import dev.autolab.eval.slice.SliceMetrics;
import java.util.List;
import java.util.Objects;

/**
 * The full content of {@code evaluation.json}: the contract's fields ({@link Evaluation}) at the
 * top level, then the sections a careful review adds. A section that was not measured is left out.
 *
 * @param round the training round that produced the model (1 for the first plan)
 * @param verdict {@code passed} or {@code failed}: whether every gate passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "evaluation",
  "verdict",
  "round",
  "gates",
  "analysis",
  "slices",
  "robustness",
  "attack",
  "latency",
  "control",
  "timings"
})
public record Assessment(
    @JsonUnwrapped Evaluation evaluation,
    String verdict,
    Integer round,
    GateReport gates,
    ClassificationAnalysis analysis,
    List<SliceMetrics> slices,
    RobustnessReport robustness,
    AttackReport attack,
    LatencyReport latency,
    ControlReport control,
    EvaluationTimings timings) {
  public Assessment {
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(gates, "gates");
    verdict = gates.passed() ? "passed" : "failed";
  }

  /** Whether every gate passed. */
  @JsonIgnore
  public boolean passed() {
    return gates.passed();
  }

  /** The headline metrics of the contract. */
  @JsonIgnore
  public Metrics metrics() {
    return evaluation.metrics();
  }

  /** This assessment for another round number. */
  public Assessment inRound(int number) {
    return new Assessment(
        evaluation,
        verdict,
        number,
        gates,
        analysis,
        slices,
        robustness,
        attack,
        latency,
        control,
        timings);
  }
}
