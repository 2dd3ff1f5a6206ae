package dev.autolab.cli.export;

import dev.autolab.export.ExportVariant;
import dev.autolab.export.Exports;
import java.util.Locale;

/** The comparison of variants as a plain-text table, for the terminal, the report and the card. */
public final class ExportTable {
  private ExportTable() {}

  public static String render(Exports exports) {
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-15s %-6s %10s %9s %8s %9s %9s %10s %8s %11s %9s%n",
            "variant",
            "prec",
            "size KiB",
            exports.headline(),
            "delta pt",
            "p50 ms",
            "p95 ms",
            "rows/s@32",
            "peak MB",
            "parity",
            "agree"));
    for (ExportVariant v : exports.variants()) {
      if (v.file() == null) {
        out.append(
            String.format(Locale.ROOT, "%-15s %-6s %s%n", v.name(), v.precision(), v.note()));
        continue;
      }
      out.append(
          String.format(
              Locale.ROOT,
              "%-15s %-6s %10.1f %9.4f %+8.2f %9.3f %9.3f %10.1f %8s %11s %9s%n",
              v.name(),
              v.precision(),
              v.bytes() / 1024.0,
              v.metric().get(exports.headline()),
              v.metricDelta(),
              v.latencyMs().get("p50"),
              v.latencyMs().get("p95"),
              v.throughput(),
              v.peakMemoryMb() == null ? "-" : String.format(Locale.ROOT, "%.0f", v.peakMemoryMb()),
              parity(v),
              v.parity().agreement() == null
                  ? "-"
                  : String.format(Locale.ROOT, "%.4f", v.parity().agreement())));
    }
    out.append("recommended: ")
        .append(exports.recommended())
        .append(" (")
        .append(exports.rule())
        .append(")\n");
    return out.toString();
  }

  private static String parity(ExportVariant v) {
    String diff = String.format(Locale.ROOT, "%.1e", v.parity().maxAbsDiff());
    if (v.parity().tolerance() == null) {
      return diff;
    }
    return diff + (v.parity().passed() ? " ok" : " FAIL");
  }
}
