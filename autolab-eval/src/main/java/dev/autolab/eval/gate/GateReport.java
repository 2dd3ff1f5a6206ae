package dev.autolab.eval.gate;

import java.util.List;

/**
 * Every gate's verdict; the model passes when all do.
 *
 * @param source the gates file, or {@code defaults}
 */
public record GateReport(boolean passed, String source, List<GateResult> results) {
  public GateReport {
    results = List.copyOf(results);
  }

  public static GateReport of(String source, List<GateResult> results) {
    return new GateReport(results.stream().allMatch(GateResult::passed), source, results);
  }

  /** The gates that failed. */
  public List<GateResult> failures() {
    return results.stream().filter(r -> !r.passed()).toList();
  }
}
