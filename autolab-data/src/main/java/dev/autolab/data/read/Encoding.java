package dev.autolab.data.read;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * The character encoding a file is read in, and how sure the sniff was.
 *
 * @param charset the charset used to decode the file
 * @param confidence 0 to 1: 1 for a byte order mark, a user's choice or valid UTF-8; otherwise the
 *     detector's confidence, or the share of non-ASCII sequences that were valid UTF-8
 * @param evidence one phrase saying how the encoding was chosen
 * @param bomLength bytes of byte order mark to skip at the start of the file
 */
public record Encoding(
    @JsonIgnore Charset charset, double confidence, String evidence, @JsonIgnore int bomLength) {
  public Encoding {
    Objects.requireNonNull(charset, "charset");
    Objects.requireNonNull(evidence, "evidence");
  }

  /** Reads the profile's form back: name, confidence and evidence. */
  @JsonCreator
  static Encoding fromJson(
      @JsonProperty("name") String name,
      @JsonProperty("confidence") double confidence,
      @JsonProperty("evidence") String evidence) {
    return new Encoding(Charset.forName(name), confidence, evidence, 0);
  }

  /** The charset's canonical name, for the profile. */
  @JsonProperty("name")
  public String name() {
    return charset.name();
  }

  /**
   * Whether each byte below 0x80 is that ASCII character, so that lines can be split on the byte
   * '\n' before decoding (true of UTF-8 and the single-byte code pages, not of UTF-16 or UTF-32).
   */
  @JsonIgnore
  public boolean asciiCompatible() {
    String name = charset.name();
    return !name.startsWith("UTF-16") && !name.startsWith("UTF-32");
  }
}
