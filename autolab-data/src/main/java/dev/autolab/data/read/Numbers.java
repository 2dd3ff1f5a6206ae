package dev.autolab.data.read;

/**
 * Recognises numbers written as text, the way the type and task rules need. Hand-written scanners
 * rather than regular expressions: every value of every column goes through them.
 */
public final class Numbers {
  private Numbers() {}

  /**
   * Whether the value is a finite decimal number, {@code [+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?}:
   * "inf", "NaN", "1,5" and hexadecimal are not.
   */
  public static boolean isNumber(String value) {
    if (value == null) {
      return false;
    }
    int i = skipSign(value, 0);
    int whole = digits(value, i);
    i += whole;
    int fraction = 0;
    if (i < value.length() && value.charAt(i) == '.') {
      fraction = digits(value, i + 1);
      i += 1 + fraction;
    }
    if (whole + fraction == 0) {
      return false;
    }
    if (i < value.length() && (value.charAt(i) == 'e' || value.charAt(i) == 'E')) {
      int exponentStart = skipSign(value, i + 1);
      int exponent = digits(value, exponentStart);
      i = exponent == 0 ? -1 : exponentStart + exponent;
    }
    return i == value.length();
  }

  /**
   * Whether the value is a whole number, {@code [+-]?\d+(\.0*)?}: "3.0" is, "1e3" is not (an
   * exponent marks a measurement, not a count or code).
   */
  public static boolean isInteger(String value) {
    if (value == null) {
      return false;
    }
    int i = skipSign(value, 0);
    int whole = digits(value, i);
    i += whole;
    if (whole > 0 && i < value.length() && value.charAt(i) == '.') {
      i++;
      while (i < value.length() && value.charAt(i) == '0') {
        i++;
      }
    }
    return whole > 0 && i == value.length();
  }

  private static int skipSign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }
}
