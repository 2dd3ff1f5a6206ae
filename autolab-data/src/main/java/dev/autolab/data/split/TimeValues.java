package dev.autolab.data.split;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the values of a date/time column as instants. The forms are ISO 8601's: a date
 * (2024-03-05), a date and time with minutes, seconds or fractions ("T" or a space between), with
 * or without a zone offset or Z. Cleaning has already written dates of one other layout
 * (05.03.2024, 03/05/2024, ...) in this form.
 *
 * <p>A date or time without an offset is taken as UTC, so that one column mixing both still orders
 * consistently; a time series is rarely written so.
 */
public final class TimeValues {
  /** A year, a month and a day: the cheap test before parsing. */
  private static final Pattern DATE_START = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}");

  private TimeValues() {}

  /** The instant {@code value} names, when it is a date or date-time. */
  public static Optional<Instant> instant(String value) {
    if (value == null || value.length() < 10 || !DATE_START.matcher(value).find()) {
      return Optional.empty();
    }
    String text = value.strip();
    if (text.length() > 10 && text.charAt(10) == ' ') {
      text = text.substring(0, 10) + 'T' + text.substring(11);
    }
    try {
      if (text.length() == 10) {
        return Optional.of(LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant());
      }
      if (hasOffset(text)) {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      }
      return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code value} is a date or date-time. */
  public static boolean isTime(String value) {
    return instant(value).isPresent();
  }

  /** A "Z" or a sign after the time of day (the date's own dashes come before the "T"). */
  private static boolean hasOffset(String text) {
    int time = text.indexOf('T');
    return time > 0
        && (text.endsWith("Z") || text.indexOf('+', time) > 0 || text.indexOf('-', time) > 0);
  }
}
