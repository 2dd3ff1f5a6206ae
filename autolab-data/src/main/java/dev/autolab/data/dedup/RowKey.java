package dev.autolab.data.dedup;

import dev.autolab.core.Row;
import dev.autolab.data.read.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Normalised values of some columns of a row, so that rows differing only in how a value is written
 * ("1.50" and "1.5", "Spam " and "spam", runs of white space) compare equal.
 */
public final class RowKey {
  private RowKey() {}

  /** The key of {@code row} over {@code columns}; an ArrayList because missing values are nulls. */
  static List<String> of(Row row, List<String> columns) {
    List<String> key = new ArrayList<>(columns.size());
    for (String column : columns) {
      key.add(normalize(row.get(column)));
    }
    return key;
  }

  /** The normalised form of one value: numbers canonical, text lower-cased, spaces collapsed. */
  public static String normalize(String value) {
    if (value == null) {
      return null;
    }
    if (isPlainInteger(value)) {
      return value; // already canonical: the common case, kept cheap
    }
    if (Numbers.isNumber(value) && value.length() < 40) {
      return new BigDecimal(value).stripTrailingZeros().toPlainString();
    }
    return collapseSpace(value).toLowerCase(Locale.ROOT);
  }

  /** Digits only, no leading zero: a number written the one way BigDecimal would write it. */
  private static boolean isPlainInteger(String value) {
    if (value.isEmpty() || value.length() > 18 || (value.charAt(0) == '0' && value.length() > 1)) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  private static String collapseSpace(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && out.length() > 0) {
        out.append(' ');
      }
      space = false;
      out.append(c);
    }
    return out.toString();
  }
}
