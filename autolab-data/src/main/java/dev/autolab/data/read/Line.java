package dev.autolab.data.read;

/**
 * One physical line of an input file, decoded, without its line break.
 *
 * @param number the 1-based line number
 * @param offset the byte offset of the line's first byte in the (decompressed) file, or -1 where
 *     the encoding makes it costly to track (UTF-16, UTF-32)
 * @param text the decoded text, NUL characters removed
 * @param repair what was done to make the line readable ("decoded as windows-1251", "NUL bytes
 *     removed"), or {@code null}
 * @param problem why the line cannot be used ("undecodable bytes", "oversize line"), or {@code
 *     null}; the text then holds what could be decoded, for the quarantine log
 * @param printable whether the text is known to be printable ASCII only (U+0020 to U+007E), so that
 *     its values need no Unicode normalisation or control-character removal
 */
record Line(
    long number, long offset, String text, String repair, String problem, boolean printable) {
  Line(long number, long offset, String text, String repair, String problem) {
    this(number, offset, text, repair, problem, false);
  }

  Line withText(String newText, String newRepair) {
    return new Line(number, offset, newText, newRepair, problem);
  }
}
