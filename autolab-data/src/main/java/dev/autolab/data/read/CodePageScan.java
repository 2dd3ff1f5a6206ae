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
    byte[] line = new byte[1 << 12];
    int length = 0;
    boolean nonAscii = false;
    int n;
    while ((n = in.read(buffer)) > 0 && invalid.size() < SAMPLE_BYTES) {
      for (int i = 0; i < n; i++) {
        byte b = buffer[i];
        if (b == '\n') {
          if (nonAscii && Utf8Scan.of(line, length).invalid() > 0) {
            invalid.write(line, 0, length);
            invalid.write('\n');
          }
          length = 0;
          nonAscii = false;
          continue;
        }
        nonAscii |= b < 0;
        if (length < line.length) {
          line[length++] = b;
        }
      }
    }
    return invalid.size() == 0 ? Optional.empty() : detect(invalid.toByteArray());
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
