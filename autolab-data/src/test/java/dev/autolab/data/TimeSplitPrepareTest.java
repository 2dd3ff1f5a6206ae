package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.read.QuarantineEntry;
import dev.autolab.data.split.SplitOrder;
import dev.autolab.data.split.TimeRange;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --split time} through the whole prepare: column, quarantine, splits, profile. */
class TimeSplitPrepareTest {
  @TempDir Path dir;

  private static final SplitOrder BY_TIME = new SplitOrder(true, null);

  /**
   * 100 rows over 100 days in shuffled order, dates written day first (cleaning makes them ISO),
   * then a row without a date and one whose date reads as none.
   */
  private Path daily(String name) {
    List<String> rows = new ArrayList<>();
    for (int d = 0; d < 100; d++) {
      String date = LocalDate.of(2023, 1, 1).plusDays(d).toString();
      String dayFirst = date.substring(8) + "." + date.substring(5, 7) + "." + date.substring(0, 4);
      rows.add(dayFirst + "," + (d % 9) + "," + (d % 3 == 0 ? "up" : "down"));
    }
    Collections.shuffle(rows, new Random(7));
    List<String> lines = new ArrayList<>(List.of("day,x,y"));
    lines.addAll(rows);
    lines.add(",4,up");
    lines.add("someday,5,down");
    return TestFiles.write(dir.resolve(name), lines);
  }

  private static PreparedDataset prepare(Path data, Path valid, Path test, SplitOrder order) {
    PrepareOptions options = PrepareOptions.DEFAULTS.withSplit(order);
    return new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
        .prepare(new PrepareRequest(data, "y", null, null, valid, test, 1, options));
  }

  private static LocalDate day(Row row) {
    return LocalDate.parse(row.get("day"));
  }

  private static LocalDate latest(List<Row> rows) {
    return rows.stream().map(TimeSplitPrepareTest::day).max(LocalDate::compareTo).orElseThrow();
  }

  private static LocalDate earliest(List<Row> rows) {
    return rows.stream().map(TimeSplitPrepareTest::day).min(LocalDate::compareTo).orElseThrow();
  }

  @Test
  void trainIsTheEarliestRowsAndTestTheLatest() {
    PreparedDataset d = prepare(daily("d.csv"), null, null, BY_TIME);

    assertThat(d.train()).hasSize(80);
    assertThat(latest(d.train())).isEqualTo(LocalDate.of(2023, 3, 21));
    assertThat(earliest(d.valid())).isAfter(latest(d.train()));
    assertThat(earliest(d.test())).isAfter(latest(d.valid()));
    assertThat(d.split().method()).isEqualTo("time");
    assertThat(d.split().timeColumn()).isEqualTo("day");
    assertThat(d.split().description())
        .startsWith("time order of 'day': train 2023-01-01 to 2023-03-21; valid 2023-03-22");
    assertThat(d.split().timeRanges())
        .containsEntry("train", new TimeRange("2023-01-01", "2023-03-21"))
        .containsEntry("test", new TimeRange("2023-04-01", "2023-04-10"));
  }

  @Test
  void rowsThatCannotBePlacedInTimeAreQuarantinedAndCounted() {
    PreparedDataset d = prepare(daily("d.csv"), null, null, BY_TIME);

    assertThat(d.quarantine())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason)
        .containsExactly(
            tuple(102L, "missing time in 'day'"), tuple(103L, "unparseable time in 'day'"));
    assertThat(d.profile().rowsRead()).isEqualTo(102);
    assertThat(d.profile().rowsUsed()).isEqualTo(100);
    assertThat(d.profile().rowsQuarantined()).isEqualTo(2);
  }

  @Test
  void theProfileSaysHowTheDataWasSplit() {
    JsonNode split =
        Json.mapper()
            .valueToTree(prepare(daily("d.csv"), null, null, BY_TIME).profile())
            .get("split");

    assertThat(split.get("method").asText()).isEqualTo("time");
    assertThat(split.get("time_column").asText()).isEqualTo("day");
    assertThat(split.at("/time_ranges/valid/first").asText()).isEqualTo("2023-03-22");
    JsonNode random =
        Json.mapper()
            .valueToTree(prepare(daily("r.csv"), null, null, SplitOrder.RANDOM).profile())
            .get("split");
    assertThat(random.has("time_column")).isFalse();
    assertThat(random.get("method").asText()).isEqualTo("stratified");
  }

  @Test
  void aTimeSplitProfileReadsBackAsWritten() {
    PreparedDataset d = prepare(daily("d.csv"), null, null, BY_TIME);
    Path out = dir.resolve("out");
    d.write(out);

    assertThat(Json.read(out.resolve("profile.json"), DataProfile.class)).isEqualTo(d.profile());
  }

  @Test
  void withATestFileTheDataFileIsCutIntoTrainAndValidInTimeOrder() {
    Path test = TestFiles.write(dir.resolve("t.csv"), List.of("day,x,y", "2024-01-01,1,up"));
    PreparedDataset d = prepare(daily("d.csv"), null, test, BY_TIME);

    assertThat(d.test()).hasSize(1);
    assertThat(d.valid()).hasSize(11);
    assertThat(earliest(d.valid())).isAfter(latest(d.train()));
    assertThat(d.split().method()).isEqualTo("time");
  }

  @Test
  void aTimeSplitWithBothFilesGivenIsBadInput() {
    Path data = daily("d.csv");
    assertThatThrownBy(() -> prepare(data, data, data, BY_TIME))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--split time has nothing to cut");
  }

  @Test
  void oneTimeForEveryRowIsBadInput() {
    List<String> lines = new ArrayList<>(List.of("day,x,y"));
    for (int i = 0; i < 20; i++) {
      lines.add("2024-05-01," + i + "," + (i % 2 == 0 ? "up" : "down"));
    }
    Path data = TestFiles.write(dir.resolve("same.csv"), lines);
    assertThatThrownBy(() -> prepare(data, null, null, BY_TIME))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("every row has the same time in 'day' (2024-05-01)");
  }

  @Test
  void dataWithoutADateColumnIsBadInput() {
    Path data = TestFiles.classification(dir.resolve("c.csv"), 0, 50);
    assertThatThrownBy(() -> prepare(data, null, null, BY_TIME))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("needs a date/time column");
  }
}
