package dev.autolab.data.read;

import java.text.Normalizer;
import java.util.Set;

/**
 * Cleans raw cell values the same way for every format, so that the same data read from CSV or
 * JSONL gives the same rows (and the same fingerprint).
 */
public final class Values {
  /** Compared after trimming and lower-casing; "." is how the penguins data marks a missing sex. */
  private static final Set<String> MISSING_TOKENS =
      Set.of("", "na", "n/a", "null", "none", "nan", "?", ".");

  /** The tokens by their length. */
  private static final String[][] TOKENS_BY_LENGTH = byLength(MISSING_TOKENS);

  private Values() {}

  /**
   * The cleaned value: Unicode NFC, control characters other than newline and tab removed,
   * surrounding white space trimmed; {@code null} when the result is a missing-value token.
   */
  public static String clean(String raw) {
    if (raw == null) {
      return null;
    }
    String value = normalize(raw);
    return isMissing(value) ? null : value;
  }

  /**
   * {@link #clean} for a value known to hold printable ASCII only (and line breaks), where
   * normalising changes nothing: trimmed, or {@code null} for a missing-value token.
   */
  public static String cleanPrintable(String raw) {
    String value = raw.strip();
    return isMissing(value) ? null : value;
  }

  /** A column name, cleaned like a value but never treated as missing. */
  public static String cleanName(String raw) {
    return normalize(raw);
  }

  /** Whether an already trimmed value is one of the missing-value tokens. */
  public static boolean isMissing(String trimmed) {
    int n = trimmed.length();
    if (n >= TOKENS_BY_LENGTH.length) {
      return false;
    }
    for (String token : TOKENS_BY_LENGTH[n]) {
      if (equalsLowerAscii(trimmed, token)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code value} is {@code lower} but for the case of ASCII letters: the tokens are ASCII,
   * so this is what lower-casing would decide, without a copy of every short value.
   */
  private static boolean equalsLowerAscii(String value, String lower) {
    for (int i = 0; i < lower.length(); i++) {
      char c = value.charAt(i);
      if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != lower.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private static String[][] byLength(Set<String> tokens) {
    int longest = tokens.stream().mapToInt(String::length).max().orElse(0);
    String[][] out = new String[longest + 1][];
    for (int n = 0; n <= longest; n++) {
      int length = n;
      out[n] = tokens.stream().filter(t -> t.length() == length).sorted().toArray(String[]::new);
    }
    return out;
  }

  private static String normalize(String raw) {
    if (isPlain(raw)) {
      return raw.strip(); // the common case, checked in one pass without copying
    }
    String nfc =
        Normalizer.isNormalized(raw, Normalizer.Form.NFC)
            ? raw
            : Normalizer.normalize(raw, Normalizer.Form.NFC);
    StringBuilder out = new StringBuilder(nfc.length());
    for (int i = 0; i < nfc.length(); i++) {
      char c = nfc.charAt(i);
      if (!isDroppedControl(c)) {
        out.append(c);
      }
    }
    return out.toString().strip();
  }

  /**
   * No control character to drop and nothing NFC could change: every character below U+0300 (where
   * the combining marks begin) is already in NFC and composes with nothing.
   */
  private static boolean isPlain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F) {
        continue; // printable ASCII, decided without a character-type lookup
      }
      if (c >= 0x300 || isDroppedControl(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDroppedControl(char c) {
    return c != '\n' && c != '\t' && Character.getType(c) == Character.CONTROL;
  }
}
