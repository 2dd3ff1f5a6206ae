package dev.autolab.cli.progress;

import dev.autolab.core.ProgressListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A progress bar with ETA on the terminal's error stream. On a terminal it redraws one line at most
 * ten times a second; when the output is a file or a pipe it writes one line when a piece of work
 * starts and one when it ends, so logs stay readable.
 */
public final class TerminalProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_MILLIS = 100;

  private final PrintStream out;
  private final boolean interactive;
  private final Clock clock;
  private String task;
  private long total;
  private long done;
  private Instant started;
  private Instant lastDraw = Instant.EPOCH;

  public TerminalProgress(PrintStream out, boolean interactive, Clock clock) {
    this.out = out;
    this.interactive = interactive;
    this.clock = clock;
  }

  /** A bar on standard error, animated only when a console is attached. */
  public static TerminalProgress onStandardError() {
    return new TerminalProgress(System.err, System.console() != null, Clock.systemUTC());
  }

  @Override
  public synchronized void start(String taskName, long totalUnits) {
    this.task = taskName;
    this.total = totalUnits;
    this.done = 0;
    this.started = clock.instant();
    if (interactive) {
      draw(true);
    } else {
      out.println(taskName + " ...");
    }
  }

  @Override
  public synchronized void advance(long doneUnits) {
    this.done = doneUnits;
    if (interactive) {
      draw(false);
    }
  }

  @Override
  public synchronized void finish() {
    if (task == null) {
      return;
    }
    Duration elapsed = Duration.between(started, clock.instant());
    if (interactive) {
      done = Math.max(done, total);
      draw(true);
      out.println();
    } else {
      out.println(task + " done in " + format(elapsed));
    }
    task = null;
  }

  private void draw(boolean force) {
    Instant now = clock.instant();
    if (!force && Duration.between(lastDraw, now).toMillis() < REDRAW_MILLIS) {
      return;
    }
    lastDraw = now;
    out.print("\r" + line(Duration.between(started, now)) + "\u001b[K");
    out.flush();
  }

  /** The bar's text, e.g. {@code training [=====> ] 50% 3/6 12s ETA 12s}. */
  String line(Duration elapsed) {
    if (total <= 0) {
      return String.format("%s %d %s", task, done, format(elapsed));
    }
    double fraction = Math.min(1, (double) done / total);
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" : "") + " ".repeat(WIDTH - filled);
    String eta =
        done == 0
            ? "ETA --"
            : "ETA " + format(elapsed.multipliedBy(total - done).dividedBy(Math.max(1, done)));
    return String.format(
        "%s [%s] %3d%% %d/%d %s %s",
        task,
        bar.substring(0, WIDTH),
        Math.round(fraction * 100),
        done,
        total,
        format(elapsed),
        eta);
  }

  static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return String.format("%.1fs", duration.toMillis() / 1000.0);
    }
    return String.format("%dm%02ds", seconds / 60, seconds % 60);
  }
}
