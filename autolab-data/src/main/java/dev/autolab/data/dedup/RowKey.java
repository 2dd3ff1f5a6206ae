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
      String canonical = canonicalNumber(value);
      if (canonical != null) {
        return canonical;
      }
    }
    return collapseSpace(value).toLowerCase(Locale.ROOT);
  }

  /** Exponents beyond this keep BigDecimal's scientific form: a plain one would be that long. */
  static final int MAX_PLAIN_EXPONENT = 1000;

  /**
   * A number's one way of writing, or null when BigDecimal cannot hold it (an exponent beyond an
   * int, e.g. {@code 1e9999999999}): such a value is keyed as text. A large exponent that it can
   * hold ({@code 1e999999999}) keeps the scientific form, which is as canonical and does not write
   * a billion zeros.
   */
  private static String canonicalNumber(String value) {
    BigDecimal number;
    try {
      number = new BigDecimal(value).stripTrailingZeros();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
    return Math.abs((long) number.scale()) <= MAX_PLAIN_EXPONENT
        ? number.toPlainString()
        : number.toString();
  }

  /** The FNV-1a offset basis: the start value of {@link #hash}. */
  public static final long HASH_START = 0xcbf29ce484222325L;

  private static final long PRIME = 0x100000001b3L;

  /**
   * Folds {@link #normalize normalize(value)} into the 64-bit FNV-1a hash {@code h}, followed by a
   * separator (so that ("ab","c") differs from ("a","bc")), without building the normalised string
   * where the value is ASCII text or a plain decimal: the duplicate key of a streamed prepare,
   * which normalises every value of a file larger than memory.
   */
  public static long hash(long h, String value) {
    if (value == null) {
      return (h ^ 0xFF) * PRIME;
    }
    if (isPlainInteger(value)) {
      return separator(chars(h, value));
    }
    if (Numbers.isNumber(value)) {
      return value.length() < 40 && isPlainDecimal(value)
          ? separator(decimal(h, value))
          : separator(chars(h, normalize(value)));
    }
    return asciiText(h, value);
  }

  private static long separator(long h) {
    return (h ^ 0x1F) * PRIME;
  }

  private static long chars(long h, String s) {
    return chars(h, s, 0, s.length());
  }

  private static long chars(long h, String s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return h;
  }

  /** Sign, digits and at most one point, no exponent: canonical as BigDecimal writes it. */
  private static boolean isPlainDecimal(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == 'e' || c == 'E') {
        return false;
      }
    }
    return true;
  }

  /** Hashes what {@code new BigDecimal(value).stripTrailingZeros().toPlainString()} gives. */
  private static long decimal(long h, String value) {
    int i = 0;
    boolean negative = value.charAt(0) == '-';
    if (value.charAt(0) == '-' || value.charAt(0) == '+') {
      i = 1;
    }
    int point = value.indexOf('.', i);
    int wholeEnd = point < 0 ? value.length() : point;
    int wholeStart = i;
    while (wholeStart < wholeEnd && value.charAt(wholeStart) == '0') {
      wholeStart++;
    }
    int fractionStart = point < 0 ? value.length() : point + 1;
    int fractionEnd = value.length();
    while (fractionEnd > fractionStart && value.charAt(fractionEnd - 1) == '0') {
      fractionEnd--;
    }
    boolean whole = wholeStart < wholeEnd;
    boolean fraction = fractionStart < fractionEnd;
    if (!whole && !fraction) {
      return (h ^ '0') * PRIME;
    }
    if (negative) {
      h = (h ^ '-') * PRIME;
    }
    h = whole ? chars(h, value, wholeStart, wholeEnd) : (h ^ '0') * PRIME;
    if (fraction) {
      h = (h ^ '.') * PRIME;
      h = chars(h, value, fractionStart, fractionEnd);
    }
    return h;
  }

  /**
   * Hashes the text lower-cased with runs of white space collapsed, as normalize does, in one pass
   * while it is ASCII; text with other characters is normalised first (case rules beyond ASCII).
   */
  private static long asciiText(long start, String value) {
    long h = start;
    boolean space = false;
    boolean any = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c >= 0x80) {
        return separator(chars(start, normalize(value)));
      }
      if (c <= ' ' && Character.isWhitespace(c)) {
        space = true;
        continue;
      }
      if (space && any) {
        h = (h ^ ' ') * PRIME;
      }
      space = false;
      any = true;
      h = (h ^ (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) * PRIME;
    }
    return separator(h);
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
