package dev.autolab.cli.progress;

import dev.autolab.core.ProgressListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A progress bar with ETA on the terminal's error stream. On a terminal it redraws one line at most
 * ten times a second; when the output is a file or a pipe it writes one line when a piece of work
 * starts and one when it ends, so logs stay readable. Work that runs at once (a race's concurrent
 * trials, each reporting through its own {@link #lane()}) shares the line: each piece with its
 * percentage and ETA, and a piece that ends leaves its last bar above the line.
 */
public final class TerminalProgress implements ProgressListener {
  private static final int WIDTH = 30;
  private static final long REDRAW_MILLIS = 100;

  private final PrintStream out;
  private final boolean interactive;
  private final Clock clock;

  /** The pieces of work under way, in the order they started. */
  private final List<Work> active = new ArrayList<>();

  private final Work main = new Work();
  private Instant lastDraw = Instant.EPOCH;

  /** One piece of work: what {@link #start} began. */
  private static final class Work {
    String task;
    long total;
    long done;
    Instant started;
  }

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
  public void start(String taskName, long totalUnits) {
    start(main, taskName, totalUnits);
  }

  @Override
  public void advance(long doneUnits) {
    advance(main, doneUnits);
  }

  @Override
  public void finish() {
    finish(main);
  }

  /** A listener for one of several pieces of work under way at once, drawn beside the others. */
  @Override
  public ProgressListener lane() {
    Work work = new Work();
    return new ProgressListener() {
      @Override
      public void start(String task, long total) {
        TerminalProgress.this.start(work, task, total);
      }

      @Override
      public void advance(long done) {
        TerminalProgress.this.advance(work, done);
      }

      @Override
      public void finish() {
        TerminalProgress.this.finish(work);
      }
    };
  }

  private synchronized void start(Work work, String taskName, long totalUnits) {
    if (work.task != null) {
      // A new piece replaces one that was never finished.
      active.remove(work);
    }
    work.task = taskName;
    work.total = totalUnits;
    work.done = 0;
    work.started = clock.instant();
    active.add(work);
    if (interactive) {
      draw(true);
    } else {
      out.println(taskName + " ...");
    }
  }

  private synchronized void advance(Work work, long doneUnits) {
    work.done = doneUnits;
    if (interactive && work.task != null) {
      draw(false);
    }
  }

  private synchronized void finish(Work work) {
    if (work.task == null) {
      return;
    }
    Instant now = clock.instant();
    Duration elapsed = Duration.between(work.started, now);
    if (interactive) {
      work.done = Math.max(work.done, work.total);
      // Its last bar stays above the line the others go on drawing.
      out.print("\r" + line(work, elapsed) + "\u001b[K");
      out.println();
      active.remove(work);
      if (!active.isEmpty()) {
        draw(true);
      }
    } else {
      active.remove(work);
      out.println(work.task + " done in " + format(elapsed));
    }
    work.task = null;
  }

  private void draw(boolean force) {
    Instant now = clock.instant();
    if (!force && Duration.between(lastDraw, now).toMillis() < REDRAW_MILLIS) {
      return;
    }
    lastDraw = now;
    out.print("\r" + line(now) + "\u001b[K");
    out.flush();
  }

  /** The line for everything under way at {@code now}: one bar, or each piece in short. */
  synchronized String line(Instant now) {
    if (active.size() == 1) {
      Work only = active.get(0);
      return line(only, Duration.between(only.started, now));
    }
    return active.stream()
        .map(work -> shortLine(work, Duration.between(work.started, now)))
        .collect(Collectors.joining(" | "));
  }

  /** The main bar's text, e.g. {@code training [=====> ] 50% 3/6 12s ETA 12s}. */
  synchronized String line(Duration elapsed) {
    return line(main, elapsed);
  }

  private static String line(Work work, Duration elapsed) {
    if (work.total <= 0) {
      return String.format("%s %d %s", work.task, work.done, format(elapsed));
    }
    double fraction = Math.min(1, (double) work.done / work.total);
    int filled = (int) Math.round(fraction * WIDTH);
    String bar = "=".repeat(filled) + (filled < WIDTH ? ">" : "") + " ".repeat(WIDTH - filled);
    return String.format(
        "%s [%s] %3d%% %d/%d %s %s",
        work.task,
        bar.substring(0, WIDTH),
        Math.round(fraction * 100),
        work.done,
        work.total,
        format(elapsed),
        eta(work, elapsed));
  }

  /** One piece among several, e.g. {@code train mlp 40% ETA 12.0s}. */
  private static String shortLine(Work work, Duration elapsed) {
    if (work.total <= 0) {
      return String.format("%s %d %s", work.task, work.done, format(elapsed));
    }
    double fraction = Math.min(1, (double) work.done / work.total);
    return String.format("%s %d%% %s", work.task, Math.round(fraction * 100), eta(work, elapsed));
  }

  private static String eta(Work work, Duration elapsed) {
    return work.done == 0
        ? "ETA --"
        : "ETA "
            + format(
                elapsed
                    .multipliedBy(Math.max(0, work.total - work.done))
                    .dividedBy(Math.max(1, work.done)));
  }

  static String format(Duration duration) {
    long seconds = duration.toSeconds();
    if (seconds < 60) {
      return String.format("%.1fs", duration.toMillis() / 1000.0);
    }
    return String.format("%dm%02ds", seconds / 60, seconds % 60);
  }
}
