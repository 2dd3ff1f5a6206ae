package dev.autolab.core;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * A run's identifier: UTC start time to the second plus four random hex digits, e.g. {@code
 * 20261123-160512-a1b2}, so that ids sort by time and two runs started in the same second differ.
 */
public record RunId(String value) {
  private static final Pattern VALID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  public RunId {
    Objects.requireNonNull(value, "value");
    if (!VALID.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid run id '" + value + "'");
    }
  }

  public static RunId generate(Clock clock, Random random) {
    return new RunId(
        STAMP.format(clock.instant()) + "-" + String.format("%04x", random.nextInt(0x10000)));
  }

  @Override
  public String toString() {
    return value;
  }
}
