package dev.autolab.eval.slice;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Metrics on one slice of the evaluated examples.
 *
 * @param macroF1 averaged over the classes present in the slice (as truth or prediction)
 */
public record SliceMetrics(
    String slicing,
    String slice,
    int n,
    double accuracy,
    @JsonProperty("macro_f1") double macroF1) {}
