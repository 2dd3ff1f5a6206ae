package dev.autolab.registry.reproduce;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.registry.RunFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What differs between a run and its re-run: the data and split fingerprints (must be identical),
 * the family, and every headline test metric (must agree within a tolerance; exact where the engine
 * is deterministic on CPU).
 */
public record RunDiff(List<Line> lines) {
  /** One compared item; {@code ok} when it matches. */
  public record Line(String item, String original, String rerun, double difference, boolean ok) {}

  public static RunDiff between(RunFolder original, RunFolder rerun, double tolerance) {
    List<Line> lines = new ArrayList<>();
    same(lines, "data fingerprint", original.dataFingerprint(), rerun.dataFingerprint());
    for (String split : List.of("train", "valid", "test")) {
      same(
          lines,
          split + " split fingerprint",
          original.run().at("/data/split/fingerprints/" + split).asText(null),
          rerun.run().at("/data/split/fingerprints/" + split).asText(null));
    }
    same(lines, "family", original.family(), rerun.family());
    original
        .evaluation()
        .path("metrics")
        .properties()
        .forEach(
            field -> {
              if (!field.getValue().isNumber()) {
                return;
              }
              JsonNode other = rerun.evaluation().at("/metrics/" + field.getKey());
              double a = field.getValue().doubleValue();
              double b = other.isNumber() ? other.doubleValue() : Double.NaN;
              lines.add(
                  new Line(
                      field.getKey(),
                      format(a),
                      format(b),
                      Math.abs(a - b),
                      Math.abs(a - b) <= tolerance));
            });
    return new RunDiff(lines);
  }

  private static void same(List<Line> lines, String item, String a, String b) {
    lines.add(new Line(item, a, b, Double.NaN, a != null && a.equals(b)));
  }

  private static String format(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  public boolean reproduced() {
    return lines.stream().allMatch(Line::ok);
  }

  /** The largest absolute difference of a headline metric. */
  public double maxMetricDifference() {
    return lines.stream()
        .mapToDouble(Line::difference)
        .filter(d -> !Double.isNaN(d))
        .max()
        .orElse(0);
  }
}
