package dev.autolab.cli;

import dev.autolab.core.BadInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns failures into one line and an exit code: 2 for input the user can fix, 1 for anything else.
 * The stack trace is printed only with {@code --verbose}.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  static final int BAD_INPUT = 2;
  static final int INTERNAL = 1;

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    boolean verbose = parseResult.hasMatchedOption("--verbose") || isVerbose(parseResult);
    if (verbose) {
      exception.printStackTrace(commandLine.getErr());
    }
    if (exception instanceof BadInputException
        || exception instanceof CommandLine.ParameterException) {
      commandLine.getErr().println("autolab: " + exception.getMessage());
      return BAD_INPUT;
    }
    commandLine
        .getErr()
        .println(
            "autolab: internal error: "
                + exception
                + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    return INTERNAL;
  }

  private static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult sub = parseResult; sub != null; sub = sub.subcommand()) {
      if (sub.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
