package dev.autolab.data.read;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Chooses a file's encoding from its first bytes: a byte order mark wins; then the zero-byte
 * pattern of UTF-16/UTF-32 without a mark; then UTF-8 when most non-ASCII sequences are valid UTF-8
 * (lines that are not are decoded one by one, see {@link LineDecoder}); otherwise ICU's statistical
 * detector (code pages such as Windows-1251, KOI8-R, Latin-1), with its confidence.
 */
public final class EncodingSniffer {
  /** How much of the file the sniff looks at. */
  static final int HEAD_BYTES = 1 << 18;

  /** A detector answer below this (ICU's 0-100 scale) is no better than a guess. */
  static final int MIN_DETECTOR_CONFIDENCE = 10;

  private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
  private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

  private EncodingSniffer() {}

  /** The encoding of a file whose first {@code length} bytes are {@code head}. */
  public static Encoding sniff(byte[] head, int length) {
    return bom(head, length)
        .or(() -> wide(head, length))
        .or(() -> utf8(head, length))
        .orElseGet(() -> detected(Arrays.copyOf(head, length)));
  }

  /** The encoding named by a user; a byte order mark of that encoding is still skipped. */
  public static Encoding forced(Charset charset, byte[] head, int length) {
    int bom =
        bom(head, length)
            .filter(e -> e.charset().equals(charset))
            .map(Encoding::bomLength)
            .orElse(0);
    return new Encoding(charset, 1, "set by --encoding", bom);
  }

  private static Optional<Encoding> bom(byte[] b, int n) {
    if (n >= 4 && u(b[0]) == 0xFF && u(b[1]) == 0xFE && b[2] == 0 && b[3] == 0) {
      return Optional.of(new Encoding(UTF_32LE, 1, "byte order mark", 4));
    }
    if (n >= 4 && b[0] == 0 && b[1] == 0 && u(b[2]) == 0xFE && u(b[3]) == 0xFF) {
      return Optional.of(new Encoding(UTF_32BE, 1, "byte order mark", 4));
    }
    if (n >= 3 && u(b[0]) == 0xEF && u(b[1]) == 0xBB && u(b[2]) == 0xBF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 1, "byte order mark", 3));
    }
    if (n >= 2 && u(b[0]) == 0xFF && u(b[1]) == 0xFE) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16LE, 1, "byte order mark", 2));
    }
    if (n >= 2 && u(b[0]) == 0xFE && u(b[1]) == 0xFF) {
      return Optional.of(new Encoding(StandardCharsets.UTF_16BE, 1, "byte order mark", 2));
    }
    return Optional.empty();
  }

  /**
   * Text in UTF-16 or UTF-32 without a mark shows as zero bytes at fixed positions: the high bytes
   * of UTF-32 characters are always zero, and in UTF-16 the zero high bytes of ASCII characters
   * (spaces, digits, delimiters) fall on one parity only. Stray NUL bytes in an 8-bit file are few
   * and fall anywhere.
   */
  private static Optional<Encoding> wide(byte[] b, int n) {
    int sample = Math.min(n, 4096) & ~3;
    if (sample < 8) {
      return Optional.empty();
    }
    int[] zeros = new int[4];
    for (int i = 0; i < sample; i++) {
      zeros[i & 3] += b[i] == 0 ? 1 : 0;
    }
    double quarter = sample / 4.0;
    if (zeros[2] > 0.9 * quarter && zeros[3] > 0.9 * quarter && zeros[0] < 0.5 * quarter) {
      return Optional.of(new Encoding(UTF_32LE, 0.9, "zero-byte pattern of UTF-32LE", 0));
    }
    if (zeros[0] > 0.9 * quarter && zeros[1] > 0.9 * quarter && zeros[3] < 0.5 * quarter) {
      return Optional.of(new Encoding(UTF_32BE, 0.9, "zero-byte pattern of UTF-32BE", 0));
    }
    int even = zeros[0] + zeros[2];
    int odd = zeros[1] + zeros[3];
    boolean many = even + odd >= 4 && even + odd > 0.1 * sample;
    if (many && odd > 0.95 * (even + odd)) {
      return Optional.of(
          new Encoding(StandardCharsets.UTF_16LE, 0.9, "zero-byte pattern of UTF-16LE", 0));
    }
    if (many && even > 0.95 * (even + odd)) {
      return Optional.of(
          new Encoding(StandardCharsets.UTF_16BE, 0.9, "zero-byte pattern of UTF-16BE", 0));
    }
    return Optional.empty();
  }

  /** UTF-8 when the non-ASCII bytes mostly form valid UTF-8 sequences (or there are none). */
  private static Optional<Encoding> utf8(byte[] b, int n) {
    Utf8Scan scan = Utf8Scan.of(b, n);
    if (scan.invalid() == 0) {
      String why = scan.valid() == 0 ? "ASCII only in the first bytes" : "valid UTF-8";
      return Optional.of(new Encoding(StandardCharsets.UTF_8, 1, why, 0));
    }
    if (scan.valid() > scan.invalid()) {
      double share = (double) scan.valid() / (scan.valid() + scan.invalid());
      return Optional.of(
          new Encoding(
              StandardCharsets.UTF_8, share, "mostly valid UTF-8; other lines decoded apart", 0));
    }
    return Optional.empty();
  }

  private static Encoding detected(byte[] head) {
    CharsetDetector detector = new CharsetDetector();
    detector.setText(head);
    CharsetMatch match = detector.detect();
    if (match == null
        || match.getConfidence() < MIN_DETECTOR_CONFIDENCE
        || !Charset.isSupported(match.getName())) {
      return new Encoding(
          StandardCharsets.ISO_8859_1, 0, "not UTF-8 and no confident guess: Latin-1", 0);
    }
    return new Encoding(
        Charset.forName(match.getName()),
        match.getConfidence() / 100.0,
        "detected (ICU, " + match.getLanguage() + ")",
        0);
  }

  private static int u(byte b) {
    return b & 0xFF;
  }
}
