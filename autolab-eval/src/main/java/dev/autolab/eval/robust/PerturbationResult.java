package dev.autolab.eval.robust;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The model's metrics under one perturbation of every evaluated example.
 *
 * @param macroF1Drop the clean macro-F1 minus this one (positive: worse)
 * @param flipRate the share of examples whose predicted class changed
 */
public record PerturbationResult(
    String perturbation,
    @JsonProperty("macro_f1") double macroF1,
    double accuracy,
    @JsonProperty("macro_f1_drop") double macroF1Drop,
    @JsonProperty("flip_rate") double flipRate) {}
