package dev.autolab.cli.train;

/**
 * One point of a learning curve.
 *
 * @param rows training rows the model was fitted on
 * @param score its validation score with the run's metric
 */
public record CurvePoint(int rows, double score) {}
