package dev.autolab.cli.evaluate;

import java.nio.file.Path;

/**
 * How a model is evaluated, shared by {@code autolab evaluate} and {@code autolab train}.
 *
 * @param sliceBy a column to slice the metrics by, or {@code null}
 * @param control a file of gold examples to list one by one, or {@code null}
 * @param gates the gates file, or {@code null} for the defaults
 * @param seed the run seed (bootstrap, perturbations and attack derive theirs)
 * @param attackRows how many examples the text attack tries
 * @param latency whether to measure speed (it takes a few seconds)
 */
public record EvaluationSettings(
    String sliceBy, Path control, Path gates, long seed, int attackRows, boolean latency) {}
