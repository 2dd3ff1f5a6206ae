package dev.autolab.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** Options every command that does work accepts. */
public final class CommonOptions {
  @Option(
      names = "--verbose",
      description = "Print stack traces and detailed logs when something fails.")
  boolean verbose;

  @Option(
      names = "--home",
      paramLabel = "DIR",
      description =
          "Where runs and the tracking store live (default: $AUTOLAB_HOME, else the current"
              + " directory). Runs go to DIR/runs/<run-id>/, the store is DIR/runs/autolab.db.")
  Path home;

  /** The arguments the command was called with, as typed, for {@code run.json}. */
  public static String[] originalArgs(CommandSpec spec) {
    return spec.commandLine().getParseResult().originalArgs().toArray(String[]::new);
  }

  /** The home folder: the option, else {@code $AUTOLAB_HOME}, else the working directory. */
  public Path home() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("AUTOLAB_HOME");
    return Path.of(env == null || env.isBlank() ? "." : env);
  }

  public Path runsDir() {
    return home().resolve("runs");
  }

  public Path trackingFile() {
    return runsDir().resolve("autolab.db");
  }
}
