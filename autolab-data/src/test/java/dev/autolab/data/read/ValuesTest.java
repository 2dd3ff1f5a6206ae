package dev.autolab.data.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "NA", "na", " N/A ", "null", "NULL", "None", "NaN", "?", "."})
  void missingTokensBecomeNull(String token) {
    assertThat(Values.clean(token)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "no", "nan2", "..", "N.A.", "-"})
  void otherShortValuesAreKept(String value) {
    assertThat(Values.clean(value)).isEqualTo(value);
  }

  @Test
  void trimsRemovesControlCharactersAndNormalizesToNfc() {
    assertThat(Values.clean("  a b \t")).isEqualTo("a b");
    assertThat(Values.clean("x\u0000y\u0007z\r")).isEqualTo("xyz");
    assertThat(Values.clean("line\none\tcol")).isEqualTo("line\none\tcol");
    assertThat(Values.clean("Cafe\u0301")).isEqualTo("Caf\u00e9");
    assertThat(Values.clean(null)).isNull();
  }

  @Test
  void namesAreCleanedButNeverMissing() {
    assertThat(Values.cleanName(" NA ")).isEqualTo("NA");
  }

  @Test
  void recognisesNumbers() {
    assertThat(java.util.List.of("1", "-2", "+3.5", ".5", "5.", "1e5", "2.5E-3", "007"))
        .allMatch(Numbers::isNumber);
    assertThat(java.util.List.of("1,5", "e5", "1e", "inf", "0x1F", "1 000", "--1", "."))
        .noneMatch(Numbers::isNumber);
    assertThat(java.util.List.of("3", "-4", "3.0", "+10.00")).allMatch(Numbers::isInteger);
    assertThat(java.util.List.of("3.5", "1e3", "x")).noneMatch(Numbers::isInteger);
  }
}
