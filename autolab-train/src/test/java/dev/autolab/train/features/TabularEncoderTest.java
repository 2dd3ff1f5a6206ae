package dev.autolab.train.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TabularEncoderTest {
  private static final List<ColumnSchema> COLUMNS =
      List.of(
          new ColumnSchema("x", ColumnType.NUMERIC), new ColumnSchema("c", ColumnType.CATEGORICAL));

  @Test
  void standardizesImputesAndOneHots() {
    List<Row> rows = List.of(row("1", "a"), row("3", "a"), row(null, "b"));
    TabularEncoder encoder = TabularEncoder.fit(rows, COLUMNS, true, 10);
    assertThat(encoder.featureNames()).containsExactly("x", "x=missing", "c=a", "c=b", "c=(other)");
    assertThat(encoder.encode(row("3", "a"))).containsExactly(1, 0, 1, 0, 0);
    assertThat(encoder.encode(row(null, "zzz"))).containsExactly(0, 1, 0, 0, 1);
  }

  @Test
  void rawModeKeepsMissingAsNaN() {
    TabularEncoder encoder = TabularEncoder.fit(List.of(row("2", "a")), COLUMNS, false, 10);
    assertThat(encoder.encode(row(null, null))).containsExactly(Double.NaN, 0, 0);
  }

  @Test
  void capsLevelsByFrequency() {
    List<Row> rows = List.of(row("1", "a"), row("1", "b"), row("1", "b"));
    TabularEncoder encoder = TabularEncoder.fit(rows, COLUMNS, false, 1);
    assertThat(encoder.encode(row("1", "a"))).containsExactly(1, 0, 1);
  }

  @Test
  void malformedNumberNamesRowAndColumn() {
    TabularEncoder encoder = TabularEncoder.fit(List.of(row("1", "a")), COLUMNS, true, 10);
    assertThatThrownBy(() -> encoder.encode(row("abc", "a")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("line 7")
        .hasMessageContaining("'x'");
  }

  private static Row row(String x, String c) {
    Map<String, String> values = new HashMap<>();
    values.put("x", x);
    values.put("c", c);
    return new Row("t.csv", 7, values);
  }
}
