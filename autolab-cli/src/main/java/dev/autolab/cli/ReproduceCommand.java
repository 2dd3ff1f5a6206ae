package dev.autolab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.cli.run.ProvenanceCollector;
import dev.autolab.core.BadInputException;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.registry.RunFolder;
import dev.autolab.registry.reproduce.RunDiff;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code autolab reproduce RUN}: trains again from the run's record (its command, resolved data
 * paths and seed) into a new run folder, then prints what differs: split fingerprints must be
 * identical and every headline test metric within {@code --tolerance}. Exit code 1 when the run did
 * not reproduce.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    description = "Re-run a training run from its record and diff fingerprints and metrics.")
public final class ReproduceCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "RUN", description = "A run folder, or a run id.")
  String run;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder of the re-run.")
  Path out;

  @Option(
      names = "--tolerance",
      paramLabel = "X",
      defaultValue = "0.001",
      description = "Largest accepted difference of a test metric (default: ${DEFAULT-VALUE}).")
  double tolerance;

  @Mixin CommonOptions common;
  @Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter printer = spec.commandLine().getOut();
    RunFolder original = RunFolder.read(runDir());
    if (!"train".equals(original.run().path("command").asText())) {
      throw new BadInputException(original.dir() + " is not a 'train' run: nothing to reproduce");
    }
    Path target =
        out != null
            ? out
            : common
                .runsDir()
                .resolve(original.runId() + "-reproduce-" + System.currentTimeMillis());
    List<String> args = rerunArgs(original, target);
    printer.println("re-running: autolab " + String.join(" ", args));
    printer.flush();
    int code =
        Main.newCommandLine()
            .setOut(printer)
            .setErr(spec.commandLine().getErr())
            .execute(args.toArray(String[]::new));
    if (code != 0) {
      throw new IllegalStateException("the re-run failed with exit code " + code);
    }
    RunDiff diff = RunDiff.between(original, RunFolder.read(target), tolerance);
    printer.println();
    printer.println(
        String.format(Locale.ROOT, "%-24s %-66s %-66s %s", "item", "original", "re-run", ""));
    for (RunDiff.Line line : diff.lines()) {
      printer.println(
          String.format(
              Locale.ROOT,
              "%-24s %-66s %-66s %s",
              line.item(),
              line.original(),
              line.rerun()
                  + (Double.isNaN(line.difference())
                      ? ""
                      : String.format(Locale.ROOT, " (diff %.1e)", line.difference())),
              line.ok() ? "same" : "DIFFERENT"));
    }
    String commit = original.run().at("/provenance/git_commit").asText(null);
    String now = ProvenanceCollector.collect(Path.of(".")).gitCommit();
    printer.println(
        "code: recorded commit "
            + commit
            + ", now "
            + now
            + (commit != null && commit.equals(now) ? " (same)" : ""));
    printer.println(
        String.format(
            Locale.ROOT,
            "%s: largest metric difference %.2e (tolerance %.1e)",
            diff.reproduced() ? "REPRODUCED" : "NOT REPRODUCED",
            diff.maxMetricDifference(),
            tolerance));
    printer.flush();
    return diff.reproduced() ? 0 : 1;
  }

  private Path runDir() {
    Path path = Path.of(run);
    if (Files.isDirectory(path)) {
      return path;
    }
    try (SqliteTrackingStore store = SqliteTrackingStore.open(common.trackingFile())) {
      RunDetails details =
          store
              .findRun(run)
              .orElseThrow(
                  () -> new BadInputException("no run '" + run + "': see 'autolab runs list'"));
      return Path.of(details.summary().dir());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  /**
   * The recorded arguments with the data paths made absolute (as resolved when the run started),
   * and a new output folder and this home instead of the original ones.
   */
  private List<String> rerunArgs(RunFolder original, Path target) {
    List<String> absolute = new ArrayList<>();
    original.run().path("config").forEach(v -> addPath(absolute, v));
    List<String> args = new ArrayList<>();
    JsonNode recorded = original.run().path("args");
    for (int i = 0; i < recorded.size(); i++) {
      String a = recorded.get(i).asText();
      if (a.equals("--out") || a.equals("--home")) {
        i++;
        continue;
      }
      if (a.startsWith("--out=") || a.startsWith("--home=")) {
        continue;
      }
      args.add(resolve(a, absolute));
    }
    args.addAll(List.of("--out", target.toString(), "--home", common.home().toString()));
    return args;
  }

  private static void addPath(List<String> paths, JsonNode value) {
    if (value.isTextual() && value.asText().startsWith("/")) {
      paths.add(value.asText());
    } else if (value.isArray()) {
      value.forEach(v -> addPath(paths, v));
    }
  }

  private static String resolve(String arg, List<String> absolute) {
    if (arg.startsWith("-") || arg.isEmpty()) {
      return arg;
    }
    try {
      Path typed = Path.of(arg).normalize();
      if (typed.isAbsolute()) {
        return arg;
      }
      for (String abs : absolute) {
        if (Path.of(abs).endsWith(typed)) {
          return abs;
        }
      }
    } catch (java.nio.file.InvalidPathException e) {
      // not a path
    }
    return arg;
  }
}
