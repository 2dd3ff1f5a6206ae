package dev.autolab.cli.runs;

import dev.autolab.cli.CommonOptions;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.core.tracking.TrackingStore;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autolab runs compare A B}: parameters and last metric values side by side. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = "Compare two runs: parameters and metrics side by side, differences marked.")
final class CompareRuns implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN")
  String first;

  @Parameters(index = "1", paramLabel = "RUN")
  String second;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (TrackingStore store = SqliteTrackingStore.open(common.trackingFile())) {
      RunDetails a = RunLookup.find(store, first);
      RunDetails b = RunLookup.find(store, second);
      out.printf("%-32s %-24s %-24s%n", "", a.summary().id(), b.summary().id());
      TreeSet<String> params = new TreeSet<>(a.params().keySet());
      params.addAll(b.params().keySet());
      for (String key : params) {
        String x = a.params().get(key);
        String y = b.params().get(key);
        out.printf(
            "%s %-30s %-24s %-24s%n",
            Objects.equals(x, y) ? " " : "*", key, shorten(x), shorten(y));
      }
      TreeSet<String> metrics = new TreeSet<>(a.metrics().keySet());
      metrics.addAll(b.metrics().keySet());
      for (String key : metrics) {
        double x = a.lastValue(key);
        double y = b.lastValue(key);
        out.printf("%s %-30s %-24.6f %-24.6f%n", Double.compare(x, y) == 0 ? " " : "*", key, x, y);
      }
    }
    out.flush();
    return 0;
  }

  private static String shorten(String value) {
    if (value == null) {
      return "-";
    }
    return value.length() <= 22
        ? value
        : value.substring(0, 10) + "…" + value.substring(value.length() - 10);
  }
}
