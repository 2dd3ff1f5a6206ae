package dev.autolab.data.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RowKeyTest {
  @Property(tries = 1000)
  void theStreamedHashIsTheHashOfTheNormalisedValue(@ForAll("values") String value) {
    assertThat(RowKey.hash(RowKey.HASH_START, value))
        .isEqualTo(reference(RowKey.HASH_START, value));
  }

  @Test
  void valuesWrittenDifferentlyHashAlike() {
    assertThat(hash("1.50")).isEqualTo(hash("1.5")).isEqualTo(hash("+001.500"));
    assertThat(hash("-0.00")).isEqualTo(hash("0")).isEqualTo(hash(".0"));
    assertThat(hash("  Free   CASH\tnow ")).isEqualTo(hash("free cash now"));
    assertThat(hash("Ünïcode  Text")).isEqualTo(hash("ünïcode text"));
    assertThat(hash("1.5")).isNotEqualTo(hash("15"));
    assertThat(hash(null)).isNotEqualTo(hash(""));
  }

  @Test
  void hugeExponentsNeitherFailNorWriteAllTheirZeros() {
    // Beyond an int: BigDecimal cannot hold it, so it is keyed as the text it is.
    assertThat(RowKey.normalize("1e9999999999")).isEqualTo("1e9999999999");
    assertThat(hash("1e9999999999")).isEqualTo(hash("1E9999999999"));
    // Within an int but far too long to write out: the scientific form, still one per number.
    assertThat(RowKey.normalize("1e999999999")).isEqualTo("1E+999999999");
    assertThat(RowKey.normalize("10e999999998")).isEqualTo(RowKey.normalize("1e999999999"));
    assertThat(RowKey.normalize("1.50e3")).isEqualTo("1500");
  }

  @Test
  void theSeparatorKeepsNeighbouringValuesApart() {
    long ab = RowKey.hash(RowKey.hash(RowKey.HASH_START, "ab"), "c");
    long a = RowKey.hash(RowKey.hash(RowKey.HASH_START, "a"), "bc");
    assertThat(ab).isNotEqualTo(a);
  }

  @Provide
  Arbitrary<String> values() {
    Arbitrary<String> numbers = Arbitraries.strings().withChars("+-0123456789.eE").ofMaxLength(12);
    Arbitrary<String> decimals =
        Arbitraries.integers()
            .between(-3, 3)
            .flatMap(
                sign ->
                    Arbitraries.strings()
                        .numeric()
                        .ofMaxLength(6)
                        .flatMap(
                            whole ->
                                Arbitraries.strings()
                                    .numeric()
                                    .ofMaxLength(5)
                                    .map(f -> (sign < 0 ? "-" : "") + whole + "." + f + "00")));
    Arbitrary<String> text =
        Arbitraries.strings().withChars("aBc Z\t\n\u00a0İıßΣσ ").ofMaxLength(20);
    Arbitrary<String> any = Arbitraries.strings().ofMaxLength(20);
    return Arbitraries.oneOf(numbers, decimals, text, any, Arbitraries.just("0".repeat(45)));
  }

  private static long hash(String value) {
    return RowKey.hash(RowKey.HASH_START, value);
  }

  /** FNV-1a over {@link RowKey#normalize}'s string, then the separator: the definition. */
  private static long reference(long h, String value) {
    String normal = RowKey.normalize(value);
    if (normal == null) {
      return (h ^ 0xFF) * 0x100000001b3L;
    }
    for (int i = 0; i < normal.length(); i++) {
      h = (h ^ normal.charAt(i)) * 0x100000001b3L;
    }
    return (h ^ 0x1F) * 0x100000001b3L;
  }
}
