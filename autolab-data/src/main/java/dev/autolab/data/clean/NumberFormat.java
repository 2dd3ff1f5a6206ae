package dev.autolab.data.clean;

import dev.autolab.data.read.Numbers;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written for people: thousands separators ("1,234,567.5"), and a currency sign or unit
 * sign before or a unit after the digits ("$1,200", "12.5 kg", "45%"); letters before the digits
 * are not a unit ("r329" is an ID). A column is rewritten only when one such form covers nearly all
 * its values with the same unit, so that "12 kg" and "3 lb" are never mixed up.
 */
final class NumberFormat {
  private static final Pattern FORM =
      Pattern.compile(
          "^([$€£¥₽]?)\\s?([+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)\\s?([^\\d\\s]{0,5})$");

  /** How a value was written: the number and what surrounded it. */
  record Parsed(String number, String unit) {}

  private NumberFormat() {}

  /** The plain number and its unit ("" for none), when the value is a number written so. */
  static Optional<Parsed> parse(String value) {
    if (value == null || value.length() > 40) {
      return Optional.empty();
    }
    Matcher m = FORM.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    String number = m.group(2).replace(",", "");
    if (!Numbers.isNumber(number)) {
      return Optional.empty();
    }
    return Optional.of(new Parsed(number, m.group(1) + "|" + m.group(3)));
  }
}
