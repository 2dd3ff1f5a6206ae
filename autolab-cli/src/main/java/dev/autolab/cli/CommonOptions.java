package dev.autolab.cli;

import java.nio.file.Path;
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
