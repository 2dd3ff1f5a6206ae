package dev.autolab.core;

/** Where stages write metric series (a training curve, a validation score per candidate). */
@FunctionalInterface
public interface MetricSink {
  /** Drops every value. */
  MetricSink NONE = (key, step, value) -> {};

  /**
   * Records one point of the series {@code key} (dotted, lower case, e.g. {@code valid.macro_f1}).
   */
  void log(String key, long step, double value);
}
