package dev.autolab.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ProgressListener;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TerminalProgressTest {
  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void barShowsPercentCountAndAnEtaFromTheRateSoFar() {
    ManualClock clock = new ManualClock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock);
    progress.start("training", 4);
    clock.now = clock.now.plusSeconds(10);
    progress.advance(1);
    String line = progress.line(Duration.ofSeconds(10));
    // One unit took 10 s, so the three left take 30 s.
    assertThat(line).startsWith("training [").contains(" 25% 1/4 10.0s ETA 30.0s");
  }

  @Test
  void withoutATerminalItWritesOneLineAtStartAndOneAtTheEnd() {
    ManualClock clock = new ManualClock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock);
    progress.start("reading", 100);
    for (int i = 1; i <= 100; i++) {
      progress.advance(i);
    }
    clock.now = clock.now.plusSeconds(75);
    progress.finish();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "reading ..."
                + System.lineSeparator()
                + "reading done in 1m15s"
                + System.lineSeparator());
  }

  @Test
  void lanesUnderWayAtOnceShareTheLineAndEachEndsWithItsOwnBar() {
    ManualClock clock = new ManualClock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, clock);
    ProgressListener trees = progress.lane();
    ProgressListener network = progress.lane();
    trees.start("train xgboost", 10);
    network.start("train mlp", 4);
    clock.now = clock.now.plusSeconds(10);
    trees.advance(5);
    network.advance(1);
    // Each piece keeps its own count and rate: neither reads the other's.
    assertThat(progress.line(clock.now))
        .isEqualTo("train xgboost 50% ETA 10.0s | train mlp 25% ETA 30.0s");

    trees.finish();
    String printed = bytes.toString(StandardCharsets.UTF_8);
    // The finished lane's full bar stays on a line of its own; the other goes on alone.
    assertThat(printed).contains("train xgboost [" + "=".repeat(30) + "] 100% 10/10 10.0s");
    assertThat(progress.line(clock.now)).startsWith("train mlp [").contains(" 25% 1/4 ");
  }

  @Test
  void withoutATerminalEachLaneNamesItsOwnEnd() {
    ManualClock clock = new ManualClock();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    TerminalProgress progress =
        new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, clock);
    ProgressListener first = progress.lane();
    ProgressListener second = progress.lane();
    first.start("train a", 2);
    second.start("train b", 2);
    clock.now = clock.now.plusSeconds(3);
    first.finish();
    clock.now = clock.now.plusSeconds(2);
    second.finish();
    String n = System.lineSeparator();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "train a ..."
                + n
                + "train b ..."
                + n
                + "train a done in 3.0s"
                + n
                + "train b done in 5.0s"
                + n);
  }
}
