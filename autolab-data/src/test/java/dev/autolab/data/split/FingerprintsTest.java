package dev.autolab.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FingerprintsTest {
  private static String sha256(String text) throws Exception {
    byte[] digest =
        MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(digest);
  }

  private static Row row(String source, String a, String b) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("b", b); // map order does not matter: the column list sets it
    values.put("a", a);
    return new Row(source, 7, values);
  }

  @Test
  void digestsColumnNamesThenRowsAsJsonArrayLines() throws Exception {
    Splits splits =
        new Splits(
            List.of(row("x.csv", "1", null)),
            List.of(),
            List.of(row("y.csv", "caf\u00e9 \"q\"", "2")));

    Fingerprints f = Fingerprints.of(List.of("a", "b"), splits);

    String header = "[\"a\",\"b\"]\n";
    String train = "[\"1\",null]\n";
    String test = "[\"caf\u00e9 \\\"q\\\"\",\"2\"]\n";
    assertThat(f.dataset()).isEqualTo(sha256(header + train + test));
    assertThat(f.splits())
        .containsExactly(
            Map.entry("train", sha256(header + train)),
            Map.entry("valid", sha256(header)),
            Map.entry("test", sha256(header + test)));
  }

  @Test
  void ignoresWhereRowsCameFrom() {
    Splits one = new Splits(List.of(row("x.csv", "1", "2")), List.of(), List.of());
    Splits other = new Splits(List.of(row("elsewhere.jsonl", "1", "2")), List.of(), List.of());

    assertThat(Fingerprints.of(List.of("a", "b"), other))
        .isEqualTo(Fingerprints.of(List.of("a", "b"), one));
  }
}
