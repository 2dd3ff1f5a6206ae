package dev.autolab.eval.robust;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Metric drops under perturbations, against the clean metrics. */
public record RobustnessReport(
    long seed,
    @JsonProperty("clean_macro_f1") double cleanMacroF1,
    @JsonProperty("clean_accuracy") double cleanAccuracy,
    List<PerturbationResult> perturbations) {
  public RobustnessReport {
    perturbations = List.copyOf(perturbations);
  }

  /** The perturbation that costs the most macro-F1. */
  @JsonIgnore
  public Optional<PerturbationResult> worst() {
    return perturbations.stream().max(Comparator.comparingDouble(PerturbationResult::macroF1Drop));
  }
}
