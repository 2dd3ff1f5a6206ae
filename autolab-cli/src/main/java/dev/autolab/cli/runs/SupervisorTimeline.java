package dev.autolab.cli.runs;

import dev.autolab.core.Event;
import java.io.PrintWriter;
import java.util.List;

/**
 * The supervisor's part of a run's journal as a timeline: per trial, each signal crossing, action
 * (with the knob's old and new value) and outcome, in step order as they happened.
 */
final class SupervisorTimeline {
  private SupervisorTimeline() {}

  static void print(List<Event> events, PrintWriter out) {
    List<Event> supervisor = events.stream().filter(e -> "supervisor".equals(e.stage())).toList();
    out.println("\nsupervisor timeline");
    if (supervisor.isEmpty()) {
      out.println("  (no supervisor events: no network trained, or --supervisor off)");
      return;
    }
    long actions = supervisor.stream().filter(e -> "action".equals(e.kind())).count();
    for (Event event : supervisor) {
      String change =
          event.knob() == null || !"action".equals(event.kind())
              ? ""
              : "  " + event.knob() + " " + event.from() + " -> " + event.to();
      out.printf(
          "  %-14s step %6s  %-6s %-22s%s%n    %s%n",
          event.trial() == null ? "" : event.trial(),
          event.step() == null ? "-" : event.step().toString(),
          event.kind(),
          event.rule() == null ? "" : event.rule(),
          change,
          event.message());
    }
    out.printf("  %d action(s)%n", actions);
  }
}
