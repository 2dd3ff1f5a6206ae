package dev.autolab.core;

/** Where stages write their decisions: the run's journal and its tracking store. */
@FunctionalInterface
public interface EventSink {
  /** Drops every event. */
  EventSink NONE = event -> {};

  void record(Event event);
}
