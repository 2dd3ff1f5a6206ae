package dev.autolab.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** Entry point of the {@code autolab} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code (0 success, 2 bad input, 1 failure). */
  public static int run(String... args) {
    return newCommandLine().execute(args);
  }

  /** Runs the command line writing to the given streams instead of standard out and error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = newCommandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return commandLine.execute(args);
  }

  /** Bad usage: one line saying what is wrong and where to read more, exit code 2. */
  private static int badUsage(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println("autolab: " + e.getMessage());
    command.getErr().println("see '" + command.getCommandSpec().qualifiedName() + " --help'");
    return ErrorHandler.BAD_INPUT;
  }

  static CommandLine newCommandLine() {
    CommandLine commandLine = new CommandLine(new AutolabCommand());
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setParameterExceptionHandler(Main::badUsage);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    return commandLine;
  }
}
