package dev.autolab.core.tracking;

/** One point of a metric series. */
public record MetricPoint(long step, double value) {}
