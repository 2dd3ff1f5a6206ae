package dev.autolab.eval.gate;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The thresholds a model must meet ({@code --gates FILE}, YAML). A {@code null} threshold switches
 * its gate off. The defaults are floors any useful model clears on data it can learn, not targets.
 *
 * @param macroF1Min classification: the lowest acceptable test macro-F1
 * @param minClassRecall classification: no class may have a lower recall
 * @param r2Min regression: the lowest acceptable R²
 * @param robustnessDropMax the most macro-F1 any single perturbation may cost
 * @param attackSuccessMax the highest acceptable attack success rate at {@code attackBudget}
 * @param attackBudget the edit budget (characters per 100) the attack gate reads
 * @param p95LatencyMsMax the slowest acceptable 95th-percentile single-row latency
 * @param controlAccuracyMin the lowest acceptable accuracy on the control set, when one is given
 * @param production the {@code evaluation.json} of the model in production, if any
 * @param productionTolerance how much worse, relatively, any headline metric may be than
 *     production's
 */
public record GateSpec(
    @JsonProperty("macro_f1_min") Double macroF1Min,
    @JsonProperty("min_class_recall") Double minClassRecall,
    @JsonProperty("r2_min") Double r2Min,
    @JsonProperty("robustness_drop_max") Double robustnessDropMax,
    @JsonProperty("attack_success_max") Double attackSuccessMax,
    @JsonProperty("attack_budget") Integer attackBudget,
    @JsonProperty("p95_latency_ms_max") Double p95LatencyMsMax,
    @JsonProperty("control_accuracy_min") Double controlAccuracyMin,
    String production,
    @JsonProperty("production_tolerance") Double productionTolerance) {

  /**
   * The defaults. Macro-F1 0.5 and class recall 0.3 flag a model that ignores a class; losing a
   * quarter of the macro-F1 to one perturbation (5% typos, a fifth of the values missing) is a
   * brittle model; 100 ms at p95 is an interactive budget on a laptop CPU; the control set is meant
   * to be right at least 90% of the time; 5% is the "no metric much worse than production".
   * The attack gate is off unless asked for.
   */
  public static GateSpec defaults() {
    return new GateSpec(0.5, 0.3, 0.0, 0.25, null, 5, 100.0, 0.9, null, 0.05);
  }
}
