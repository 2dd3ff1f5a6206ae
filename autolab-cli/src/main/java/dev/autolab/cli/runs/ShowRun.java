package dev.autolab.cli.runs;

import dev.autolab.cli.CommonOptions;
import dev.autolab.core.Event;
import dev.autolab.core.tracking.MetricPoint;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.core.tracking.TrackingStore;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code autolab runs show RUN}: a run's parameters, last metric values and journal. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one run.")
final class ShowRun implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "Run id or a unique prefix of it.")
  String runId;

  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (TrackingStore store = SqliteTrackingStore.open(common.trackingFile())) {
      RunDetails run = RunLookup.find(store, runId);
      out.printf(
          "run %s  %s  %s%nstarted %s  ended %s%ndir %s%n",
          run.summary().id(),
          run.summary().command(),
          run.summary().status(),
          run.summary().started(),
          run.summary().ended(),
          run.summary().dir());
      out.println("\nparameters");
      run.params().forEach((k, v) -> out.printf("  %-24s %s%n", k, v));
      out.println("\nmetrics (last value, points)");
      for (Map.Entry<String, List<MetricPoint>> series : run.metrics().entrySet()) {
        out.printf(
            "  %-32s %12.6f  (%d)%n",
            series.getKey(), run.lastValue(series.getKey()), series.getValue().size());
      }
      out.println("\njournal");
      for (Event event : run.events()) {
        out.printf(
            "  %s %-10s %-6s %s%n",
            event.time().substring(11, Math.min(19, event.time().length())),
            event.stage(),
            event.kind(),
            event.message());
      }
      SupervisorTimeline.print(run.events(), out);
      out.printf("%nartifacts: %d files%n", run.artifacts().size());
    }
    out.flush();
    return 0;
  }
}
