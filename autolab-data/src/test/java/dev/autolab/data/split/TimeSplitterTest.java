package dev.autolab.data.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.Row;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimeSplitterTest {
  private static final TimeSplitter EIGHTY_TEN_TEN = new TimeSplitter(8, 1, 1);

  /** One row per day from 2024-01-01, {@code perDay} rows a day, shuffled as a file may be. */
  private static List<Row> days(int days, int perDay, long shuffle) {
    List<String> dates = new ArrayList<>();
    for (int d = 0; d < days; d++) {
      for (int k = 0; k < perDay; k++) {
        dates.add(LocalDate.of(2024, 1, 1).plusDays(d).toString());
      }
    }
    Collections.shuffle(dates, new Random(shuffle));
    List<Row> rows = new ArrayList<>();
    for (String date : dates) {
      rows.add(new Row("t.csv", rows.size() + 2, Map.of("day", date, "y", "a")));
    }
    return rows;
  }

  private static LocalDate latest(List<Row> rows) {
    return rows.stream().map(r -> LocalDate.parse(r.get("day"))).max(LocalDate::compareTo).get();
  }

  private static LocalDate earliest(List<Row> rows) {
    return rows.stream().map(r -> LocalDate.parse(r.get("day"))).min(LocalDate::compareTo).get();
  }

  @Test
  void trainIsTheEarliestValidTheNextTestTheLatest() {
    Splits s = EIGHTY_TEN_TEN.split(days(100, 1, 3), "day");

    assertThat(List.of(s.train().size(), s.valid().size(), s.test().size()))
        .containsExactly(80, 10, 10);
    assertThat(latest(s.train())).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(earliest(s.valid())).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(latest(s.valid())).isBefore(earliest(s.test()));
    assertThat(latest(s.test())).isEqualTo(LocalDate.of(2024, 4, 9));
  }

  @Test
  void sizesAreThoseOfTheRandomSplitter() {
    for (int n : new int[] {1, 2, 7, 9, 23, 101}) {
      List<Row> rows = days(n, 1, n);
      Splits time = EIGHTY_TEN_TEN.split(rows, "day");
      Splits random = new Splitter(8, 1, 1).split(rows, null, 5);
      assertThat(List.of(time.train().size(), time.valid().size(), time.test().size()))
          .as("%d rows", n)
          .isEqualTo(List.of(random.train().size(), random.valid().size(), random.test().size()));
    }
  }

  @Test
  void rowsOfOneTimeAreNotSpreadOverTwoSplits() {
    // 31 days of 7 rows: the pattern deals 173, 22 and 22 of 217 rows, cuts inside days 25 and 29
    Splits s = EIGHTY_TEN_TEN.split(days(31, 7, 1), "day");

    assertThat(latest(s.train())).isBefore(earliest(s.valid()));
    assertThat(latest(s.valid())).isBefore(earliest(s.test()));
    assertThat(List.of(s.train().size(), s.valid().size(), s.test().size()))
        .as("each cut moved to the nearest change of day: 175 = 25 days, 196 = 28 days")
        .containsExactly(175, 21, 21);
  }

  @Test
  void aCutMovesOnlyAsFarAsTheNextChangeOfTime() {
    // two distinct times only: the valid/test cut cannot fall between times, test keeps its rows
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      rows.add(new Row("t.csv", i + 2, Map.of("day", i < 5 ? "2024-01-01" : "2024-01-02")));
    }
    Splits s = EIGHTY_TEN_TEN.split(rows, "day");

    assertThat(s.train()).extracting(r -> r.get("day")).containsOnly("2024-01-01");
    assertThat(s.valid()).isNotEmpty();
    assertThat(s.test()).isNotEmpty();
  }

  @Test
  void rowsKeepTheirInputOrderWithinASplit() {
    Splits s = EIGHTY_TEN_TEN.split(days(50, 1, 9), "day");
    assertThat(s.train()).extracting(Row::line).isSorted();
    assertThat(s.test()).extracting(Row::line).isSorted();
  }

  @Test
  void timesOrderAcrossFormsAndZones() {
    List<Row> rows = new ArrayList<>();
    List<String> times =
        List.of(
            "2024-01-01T10:00:00+02:00", // 08:00Z: first
            "2024-01-01 09:00",
            "2024-01-01T09:30:00.5Z",
            "2024-01-02",
            "2024-01-02T00:00:01");
    for (int i = times.size() - 1; i >= 0; i--) {
      rows.add(new Row("t.csv", rows.size() + 2, Map.of("at", times.get(i))));
    }
    Splits s = new TimeSplitter(3, 1, 1).split(rows, "at");

    assertThat(s.train())
        .extracting(r -> r.get("at"))
        .containsExactlyInAnyOrder(times.get(0), times.get(1), times.get(2));
    assertThat(s.valid()).extracting(r -> r.get("at")).containsExactly(times.get(3));
    assertThat(s.test()).extracting(r -> r.get("at")).containsExactly(times.get(4));
  }

  @Test
  void rangesNameEachSplitsFirstAndLastTime() {
    Splits s = EIGHTY_TEN_TEN.split(days(10, 1, 4), "day");

    assertThat(TimeSplitter.ranges(s, "day"))
        .containsExactly(
            Map.entry("train", new TimeRange("2024-01-01", "2024-01-08")),
            Map.entry("valid", new TimeRange("2024-01-09", "2024-01-09")),
            Map.entry("test", new TimeRange("2024-01-10", "2024-01-10")));
  }

  @Test
  void aRowWithoutATimeIsABug() {
    List<Row> rows = List.of(new Row("t.csv", 2, Map.of("day", "soon")));
    assertThatThrownBy(() -> EIGHTY_TEN_TEN.split(rows, "day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("t.csv:2");
  }
}
