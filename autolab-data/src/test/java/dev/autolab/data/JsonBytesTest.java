package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.autolab.core.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonBytesTest {
  @Property(tries = 500)
  void writesEveryStringAsJacksonDoes(@ForAll("texts") String value) throws IOException {
    assertThat(ours(value)).isEqualTo(jackson(value));
  }

  @Test
  void escapesControlCharactersQuotesAndBackslashesLikeJackson() throws IOException {
    String value = "a\"b\\c\b\t\n\f\r\u0000\u001f\u007f é € 😀";
    assertThat(ours(value)).isEqualTo(jackson(value)).contains("\\u0000", "\\u001F", "\\t");
  }

  @Test
  void growsPastItsFirstBuffer() throws IOException {
    String value = "x".repeat(100_000) + "\u00e9".repeat(10_000);
    assertThat(ours(value)).isEqualTo(jackson(value));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> any = Arbitraries.chars();
    Arbitrary<Character> tricky =
        Arbitraries.of('"', '\\', '\n', '\t', '\u0000', '\u001f', '\u007f', 'é', '€', '\ud83d');
    Arbitrary<Character> ascii = Arbitraries.chars().range(' ', '~');
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(3, ascii),
            net.jqwik.api.Tuple.of(2, tricky),
            net.jqwik.api.Tuple.of(1, any))
        .list()
        .ofMaxSize(60)
        .map(
            chars -> {
              StringBuilder s = new StringBuilder();
              chars.forEach(s::append);
              return s.toString();
            });
  }

  /** JsonBytes' encoding of {@code [value,null]}. */
  private static String ours(String value) {
    JsonBytes bytes = new JsonBytes();
    bytes.put((byte) '[');
    bytes.string(value);
    bytes.put((byte) ',');
    bytes.string(null);
    bytes.put((byte) ']');
    return new String(Arrays.copyOf(bytes.array(), bytes.length()), StandardCharsets.UTF_8);
  }

  /** The shared mapper's encoding of {@code [value,null]}. */
  private static String jackson(String value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = Json.mapper().getFactory().createGenerator(out)) {
      json.writeStartArray();
      json.writeString(value);
      json.writeString((String) null);
      json.writeEndArray();
    }
    return out.toString("UTF-8");
  }
}
