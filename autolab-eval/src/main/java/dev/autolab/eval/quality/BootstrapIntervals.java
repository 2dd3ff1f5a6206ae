package dev.autolab.eval.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Percentile bootstrap intervals of the headline metrics.
 *
 * @param resamples how many resamples of the examples (with replacement, same size)
 * @param level the interval's nominal coverage, e.g. 0.95
 * @param seed the resampling seed
 */
public record BootstrapIntervals(
    int resamples,
    double level,
    long seed,
    Interval accuracy,
    @JsonProperty("macro_f1") Interval macroF1,
    @JsonProperty("log_loss") Interval logLoss) {}
