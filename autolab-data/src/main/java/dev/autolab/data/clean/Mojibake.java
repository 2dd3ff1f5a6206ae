package dev.autolab.data.clean;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 somewhere upstream ("cafÃ©" for "café",
 * "donâ€™t" for "don’t"), only where the repair is certain: the text shows the telltale pairs, its
 * characters all exist in Windows-1252, and their bytes form valid UTF-8. Anything else is left as
 * it is. (The same test as the ftfy library's simplest case, written here in a few lines.)
 */
final class Mojibake {
  private static final Charset CP1252 = Charset.forName("windows-1252");

  /** A lead byte of a two- or three-byte UTF-8 sequence shown as Latin, then a continuation. */
  private static final Pattern TELLTALE =
      Pattern.compile("[ÂÃÄÅÆÇÐÑâ][\u0080-\u00BF€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]");

  private Mojibake() {}

  /** The repaired text, or {@code null} when there is nothing certain to repair. */
  static String repair(String text) {
    if (!TELLTALE.matcher(text).find()) {
      return null;
    }
    if (!CP1252.newEncoder().canEncode(text)) {
      return null;
    }
    try {
      byte[] bytes = text.getBytes(CP1252);
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
