package dev.autolab.data.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the second encoding of a UTF-8 file that has lines in another one (exports concatenated
 * from machines with different code pages). One pass collects the lines that are not valid UTF-8,
 * and ICU's detector judges them together: one line of a few words is too little for a reliable
 * guess, a few hundred lines are plenty. The pass reads bytes only, far faster than parsing.
 */
final class CodePageScan {
  /** Invalid lines beyond this many bytes add nothing to the guess. */
  static final int SAMPLE_BYTES = 1 << 20;

  /** ICU's 0-100 confidence from which the guess is used. */
  static final int MIN_CONFIDENCE = 20;

  private CodePageScan() {}

  /** The code page of the file's non-UTF-8 lines, if it has any and the guess is confident. */
  static Optional<Charset> secondary(InputStream in) throws IOException {
    ByteArrayOutputStream invalid = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    Line line = new Line();
    int n;
    while ((n = in.read(buffer)) > 0 && invalid.size() < SAMPLE_BYTES) {
      int i = 0;
      while (i < n) {
        if (!line.nonAscii) {
          // ASCII is valid UTF-8: skip it, keeping only the bytes of the line the skip ends in
          int p = Ascii.firstNonAscii(buffer, i, n);
          int newline = Ascii.lastIndexOf(buffer, (byte) '\n', i, p);
          if (newline >= i) {
            line.length = 0;
          }
          line.append(buffer, newline + 1, p);
          if (p == n) {
            break;
          }
          line.nonAscii = true;
          i = p;
        }
        int end = Ascii.indexOf(buffer, (byte) '\n', i, n);
        line.append(buffer, i, end);
        if (end == n) {
          break;
        }
        if (Utf8Scan.of(line.bytes, line.length).invalid() > 0) {
          invalid.write(line.bytes, 0, line.length);
          invalid.write('\n');
        }
        line.length = 0;
        line.nonAscii = false;
        i = end + 1;
      }
    }
    return invalid.size() == 0 ? Optional.empty() : detect(invalid.toByteArray());
  }

  /** The current line's first bytes (enough to judge its encoding) and whether any is not ASCII. */
  private static final class Line {
    final byte[] bytes = new byte[1 << 12];
    int length;
    boolean nonAscii;

    void append(byte[] from, int start, int end) {
      int count = Math.min(end - start, bytes.length - length);
      if (count > 0) {
        System.arraycopy(from, start, bytes, length, count);
        length += count;
      }
    }
  }

  private static Optional<Charset> detect(byte[] sample) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(sample);
    for (CharsetMatch match : detector.detectAll()) {
      if (match.getConfidence() < MIN_CONFIDENCE) {
        break;
      }
      String name = match.getName().toUpperCase(Locale.ROOT);
      if (name.startsWith("WINDOWS-") || name.startsWith("ISO-8859") || name.startsWith("KOI8")) {
        return Optional.of(Charset.forName(name));
      }
    }
    return Optional.empty();
  }
}
