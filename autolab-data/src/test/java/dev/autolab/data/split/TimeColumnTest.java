package dev.autolab.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeColumnTest {
  private static final List<String> COLUMNS = List.of("opened", "closed", "note", "y");

  /** 40 rows: two date columns, one with a stray value in 40, a text and a target. */
  private static List<Row> rows() {
    return rows(true);
  }

  private static List<Row> rows(boolean closed) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      Map<String, String> v = new HashMap<>();
      v.put("opened", String.format("2024-02-%02dT08:00", i % 28 + 1));
      if (closed) {
        v.put("closed", i == 7 ? "never" : String.format("2024-03-%02d", i % 28 + 1));
      }
      v.put("note", "row " + i);
      v.put("y", i % 2 == 0 ? "a" : "b");
      rows.add(new Row("t.csv", i + 2, v));
    }
    return rows;
  }

  @Test
  void theOnlyDateColumnIsFound() {
    assertThat(TimeColumn.choose(List.of("opened", "note", "y"), rows(false), "y", null))
        .isEqualTo("opened");
  }

  @Test
  void aNamedDateColumnIsTakenEvenWithAStrayValue() {
    assertThat(TimeColumn.choose(COLUMNS, rows(), "y", "closed")).isEqualTo("closed");
  }

  @Test
  void severalDateColumnsMustBeNamed() {
    assertThatThrownBy(() -> TimeColumn.choose(COLUMNS, rows(), "y", null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("several columns hold dates (opened, closed)")
        .hasMessageContaining("--time-column");
  }

  @Test
  void noDateColumnIsBadInput() {
    List<Row> rows = rows();
    assertThatThrownBy(() -> TimeColumn.choose(List.of("note", "y"), rows, "y", null))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no column holds dates")
        .hasMessageContaining("--split random");
  }

  @Test
  void aNamedColumnThatIsNoDateSaysWhy() {
    assertThatThrownBy(() -> TimeColumn.choose(COLUMNS, rows(), "y", "note"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'note' is not a date/time column: 0 of 40 values read as dates")
        .hasMessageContaining("'row 0' does not");
    assertThatThrownBy(() -> TimeColumn.choose(COLUMNS, rows(), "y", "when"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("'when' is not a column");
  }

  @Test
  void timeValuesReadIsoFormsOnly() {
    assertThat(TimeValues.isTime("2024-03-05")).isTrue();
    assertThat(TimeValues.isTime("2024-03-05 14:30")).isTrue();
    assertThat(TimeValues.isTime("2024-03-05T14:30:00.123+01:00")).isTrue();
    assertThat(TimeValues.isTime("2024-02-30")).as("no such day").isFalse();
    assertThat(TimeValues.isTime("05.03.2024")).as("cleaning writes it as ISO first").isFalse();
    assertThat(TimeValues.isTime("2024")).isFalse();
    assertThat(TimeValues.isTime(null)).isFalse();
  }
}
