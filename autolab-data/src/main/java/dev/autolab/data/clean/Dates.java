package dev.autolab.data.clean;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Dates written in one of the common layouts, rewritten as ISO 8601 (2024-03-05, or
 * 2024-03-05T14:30:00 with a time) so that a column mixing layouts reads as one. Day-first and
 * month-first layouts are both tried; a column is given the first layout that reads nearly all its
 * values.
 */
final class Dates {
  static final List<String> LAYOUTS =
      List.of(
          "uuuu-MM-dd",
          "uuuu-MM-dd'T'HH:mm:ss",
          "uuuu-MM-dd HH:mm:ss",
          "uuuu/MM/dd",
          "dd.MM.uuuu",
          "MM/dd/uuuu",
          "dd/MM/uuuu");

  private Dates() {}

  /** The value in ISO form when it is a date in {@code layout}. */
  static Optional<String> iso(String value, String layout) {
    if (value == null || value.length() < 8 || value.length() > 19) {
      return Optional.empty();
    }
    DateTimeFormatter format =
        DateTimeFormatter.ofPattern(layout, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    try {
      return Optional.of(
          layout.contains("HH")
              ? LocalDateTime.parse(value, format).toString()
              : LocalDate.parse(value, format).toString());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
