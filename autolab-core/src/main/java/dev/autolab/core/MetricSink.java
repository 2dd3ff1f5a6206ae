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

  /** This sink with {@code prefix} before every key ({@code round-2.} for a second round). */
  default MetricSink prefixed(String prefix) {
    return (key, step, value) -> log(prefix + key, step, value);
  }

  /**
   * This sink with a key's first part {@code from} replaced by {@code to}: a trainer names its
   * series after its family ({@code mlp.train.loss}), which a race's twin trial ({@code mlp-fast})
   * shares, so two trials' points would interleave in one series.
   */
  default MetricSink renamed(String from, String to) {
    if (from.equals(to)) {
      return this;
    }
    String head = from + ".";
    return (key, step, value) ->
        log(key.startsWith(head) ? to + "." + key.substring(head.length()) : key, step, value);
  }
}
