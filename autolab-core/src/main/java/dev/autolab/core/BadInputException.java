package dev.autolab.core;

/**
 * Input a user can fix: a missing file, an unknown column, a malformed value. The message is one
 * line that says what is wrong, where (file, line, column) and what to do. The command line maps it
 * to exit code 2.
 */
public class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BadInputException(String message) {
    super(message);
  }

  public BadInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
