package dev.autolab.cli.runs;

import dev.autolab.cli.CommonOptions;
import dev.autolab.core.tracking.RunSummary;
import dev.autolab.core.tracking.TrackingStore;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code autolab runs list}: every run, newest first. */
@Command(name = "list", mixinStandardHelpOptions = true, description = "List runs, newest first.")
final class ListRuns implements Callable<Integer> {
  @Mixin CommonOptions common;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (TrackingStore store = SqliteTrackingStore.open(common.trackingFile())) {
      out.printf("%-22s %-8s %-11s %-20s %8s%n", "run", "command", "status", "started", "seconds");
      for (RunSummary run : store.listRuns()) {
        String seconds =
            run.ended() == null
                ? "-"
                : String.format(
                    "%.1f", Duration.between(run.started(), run.ended()).toMillis() / 1e3);
        out.printf(
            "%-22s %-8s %-11s %-20s %8s%n",
            run.id(),
            run.command(),
            run.status(),
            run.started().toString().substring(0, 19),
            seconds);
      }
    }
    out.flush();
    return 0;
  }
}
