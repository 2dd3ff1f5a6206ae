package dev.autolab.tracking;

/** The tracking store could not be read or written. */
public final class TrackingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TrackingException(String message, Throwable cause) {
    super(message + ": " + cause.getMessage(), cause);
  }
}
