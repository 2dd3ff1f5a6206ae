package dev.autolab.eval.gate;

/**
 * One gate's verdict with its numbers.
 *
 * @param subject what the gate looked at within its kind: a class, a metric; {@code null} if one
 * @param comparison {@code >=} (value must reach the threshold) or {@code <=}
 */
public record GateResult(
    GateKind gate,
    String subject,
    boolean passed,
    double value,
    double threshold,
    String comparison,
    String message) {

  static GateResult atLeast(GateKind gate, String subject, double value, double min, String what) {
    boolean passed = value >= min;
    return new GateResult(
        gate, subject, passed, value, min, ">=", message(what, value, passed ? ">=" : "<", min));
  }

  static GateResult atMost(GateKind gate, String subject, double value, double max, String what) {
    boolean passed = value <= max;
    return new GateResult(
        gate, subject, passed, value, max, "<=", message(what, value, passed ? "<=" : ">", max));
  }

  private static String message(String what, double value, String relation, double threshold) {
    return String.format(
        java.util.Locale.ROOT, "%s %.4f %s %.4f", what, value, relation, threshold);
  }
}
