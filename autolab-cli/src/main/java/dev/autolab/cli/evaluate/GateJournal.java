package dev.autolab.cli.evaluate;

import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import dev.autolab.eval.gate.GateReport;
import dev.autolab.eval.gate.GateResult;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/** Journals each gate's verdict with its numbers. */
final class GateJournal {
  private GateJournal() {}

  static void record(GateReport gates, int round, EventSink journal, Clock clock) {
    for (GateResult gate : gates.results()) {
      Map<String, Object> evidence = new LinkedHashMap<>();
      evidence.put("value", gate.value());
      evidence.put("threshold", gate.threshold());
      evidence.put("passed", gate.passed());
      if (gate.subject() != null) {
        evidence.put("subject", gate.subject());
      }
      journal.record(
          Event.of(
                  clock,
                  "gate",
                  "gate",
                  gate.gate().id(),
                  evidence,
                  (gate.passed() ? "passed: " : "FAILED: ") + gate.message())
              .withRound(round));
    }
  }
}
