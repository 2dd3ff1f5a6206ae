package dev.autolab.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ColumnTyperTest {
  /** Rows holding one column {@code name} with the given values (null for missing). */
  static List<Row> column(String name, List<String> values) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      Map<String, String> row = new HashMap<>();
      row.put(name, values.get(i));
      rows.add(new Row("t.csv", i + 2, row));
    }
    return rows;
  }

  private static ColumnProfile feature(String name, List<String> values) {
    return ColumnTyper.feature(ColumnStats.of(name, column(name, values)), false);
  }

  private static List<String> repeat(int n, String... cycle) {
    return IntStream.range(0, n).mapToObj(i -> cycle[i % cycle.length]).toList();
  }

  @Test
  void numbersAreNumericEvenWithMissingValues() {
    ColumnProfile p = feature("mass", java.util.Arrays.asList("3700", "-4.5e2", null, "+.5"));

    assertThat(p.columnType()).isEqualTo(ColumnType.NUMERIC);
    assertThat(p.role()).isEqualTo(ColumnRole.FEATURE);
    assertThat(p.missing()).isEqualTo(1);
    assertThat(p.distinct()).isEqualTo(3);
  }

  @Test
  void shortRepeatedLabelsAreCategorical() {
    ColumnProfile p = feature("island", repeat(30, "Biscoe", "Dream", "Torgersen"));
    assertThat(p.columnType()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(p.reason()).isNull();
  }

  @Test
  void longVariedValuesAreTextAndSayWhy() {
    List<String> reviews =
        IntStream.range(0, 20).mapToObj(i -> "review number " + i + " says it was fine").toList();
    ColumnProfile p = feature("review", reviews);

    assertThat(p.columnType()).isEqualTo(ColumnType.TEXT);
    assertThat(p.reason()).startsWith("free text");
  }

  @Test
  void longLabelsThatRepeatStayCategorical() {
    ColumnProfile p =
        feature("species", repeat(40, "Adelie Penguin (Pygoscelis adeliae)", "Gentoo"));
    assertThat(p.columnType()).isEqualTo(ColumnType.CATEGORICAL);
  }

  @Test
  void forcedTextWinsOverNumbers() {
    ColumnProfile p =
        ColumnTyper.feature(ColumnStats.of("code", column("code", repeat(5, "1"))), true);
    assertThat(p.columnType()).isEqualTo(ColumnType.TEXT);
    assertThat(p.role()).isEqualTo(ColumnRole.FEATURE);
  }

  @Test
  void idLikeColumnsAreExcludedWithAReason() {
    List<String> ids = IntStream.range(0, 25).mapToObj(i -> String.valueOf(1000 + i)).toList();
    List<String> codes = IntStream.range(0, 5).mapToObj(i -> "c" + i).toList();

    ColumnProfile byValues = feature("number", ids);
    ColumnProfile byName = feature("PassengerId", codes);

    assertThat(byValues.role()).isEqualTo(ColumnRole.EXCLUDED);
    assertThat(byValues.reason()).contains("looks like a row ID");
    assertThat(byName.role()).isEqualTo(ColumnRole.EXCLUDED);
    assertThat(feature("count", ids.subList(0, 10)).role())
        .as("a short run of whole numbers is as likely a feature")
        .isEqualTo(ColumnRole.FEATURE);
    List<String> shuffledRange = IntStream.range(0, 25).mapToObj(i -> "" + (i * 7) % 25).toList();
    assertThat(feature("number", shuffledRange).role()).isEqualTo(ColumnRole.EXCLUDED);
    List<String> areas = IntStream.range(0, 25).mapToObj(i -> "" + (i * 37) % 101).toList();
    assertThat(feature("area", areas).role())
        .as("distinct whole numbers in no order are measurements")
        .isEqualTo(ColumnRole.FEATURE);
  }

  @Test
  void idNamesAreRecognisedWithoutCatchingOrdinaryWords() {
    assertThat(List.of("id", "ID", "row_id", "customer id", "PassengerId", "userID", "uuid", "key"))
        .allMatch(ColumnTyper::looksLikeIdName);
    assertThat(List.of("paid", "valid", "monkey", "idea", "width", "VALID"))
        .noneMatch(ColumnTyper::looksLikeIdName);
  }

  @Test
  void constantAndEmptyColumnsAreExcluded() {
    assertThat(feature("const", repeat(10, "x")).reason()).isEqualTo("the same value in every row");
    ColumnProfile empty = feature("empty", java.util.Arrays.asList(null, null));
    assertThat(empty.role()).isEqualTo(ColumnRole.EXCLUDED);
    assertThat(empty.reason()).isEqualTo("every value is missing");
  }
}
