package dev.autolab.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

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
}
