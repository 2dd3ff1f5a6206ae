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
    return execute(newCommandLine(), args);
  }

  /** Runs the command line writing to the given streams instead of standard out and error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine commandLine = newCommandLine();
    commandLine.setOut(out);
    commandLine.setErr(err);
    return execute(commandLine, args);
  }

  /** Executes, turning a full heap into one line that says what to do instead of a stack trace. */
  private static int execute(CommandLine commandLine, String... args) {
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      commandLine
          .getErr()
          .printf(
              "autolab: out of memory: the Java heap is limited to %d MB; give it more (e.g."
                  + " AUTOLAB_JAVA_OPTS=-Xmx8g), or prepare large data with --stream on%n",
              Runtime.getRuntime().maxMemory() >> 20);
      commandLine.getErr().flush();
      return ErrorHandler.INTERNAL;
    }
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
