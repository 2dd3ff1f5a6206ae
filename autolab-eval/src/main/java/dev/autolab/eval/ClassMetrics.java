package dev.autolab.eval;

/**
 * Precision, recall and F1 of one class, one-vs-rest. A ratio with a zero denominator is 0, as in
 * scikit-learn's {@code zero_division=0}.
 */
public record ClassMetrics(double precision, double recall, double f1, int support) {}
