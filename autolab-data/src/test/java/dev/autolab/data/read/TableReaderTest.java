package dev.autolab.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.autolab.core.Row;
import dev.autolab.data.RecordingProgress;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TableReaderTest {
  static Path fixture(String name) {
    try {
      return Path.of(TableReaderTest.class.getResource("/data/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsQuotedCsvWithBomCrlfAndEmbeddedNewlines() {
    Table table = TableReader.read(fixture("quoted.csv"));

    assertThat(table.columns()).containsExactly("id", "text", "label");
    assertThat(table.rows())
        .extracting(Row::line, r -> r.get("text"), r -> r.get("label"))
        .containsExactly(
            tuple(2L, "hello, world", "yes"),
            tuple(3L, "line one\nline two", "no"),
            tuple(5L, "she said \"hi\"", "yes"),
            tuple(6L, "plain", null));
    assertThat(table.rowsRead()).isEqualTo(4);
    assertThat(table.quarantined()).isEmpty();
  }

  @Test
  void readsTabSeparatedFiles() {
    Table table = TableReader.read(fixture("tabs.tsv"));

    assertThat(table.columns()).containsExactly("a", "b", "c");
    assertThat(table.rows().get(0).values()).containsEntry("b", "x y").containsEntry("c", null);
    assertThat(table.rows().get(1).get("b")).isEqualTo("q\tq");
  }

  @Test
  void sniffsSemicolonsInCsv() {
    Table table = TableReader.read(fixture("semicolon.csv"));

    assertThat(table.columns()).containsExactly("name", "score", "grade");
    assertThat(table.rows())
        .extracting(r -> r.get("name"), r -> r.get("score"))
        .containsExactly(tuple("Anna", "1,5"), tuple("B;ob", "2,0"));
  }

  @Test
  void sniffPrefersTheMostFrequentDelimiterOutsideQuotes() {
    assertThat(TableFormat.sniff("a;b;c")).isEqualTo(';');
    assertThat(TableFormat.sniff("\"a,b\";c;d")).isEqualTo(';');
    assertThat(TableFormat.sniff("a\tb,c\td")).isEqualTo('\t');
    assertThat(TableFormat.sniff("single")).isEqualTo(',');
  }

  @Test
  void readsJsonLinesAndQuarantinesNestedOrBrokenLines() {
    Table table = TableReader.read(fixture("rows.jsonl"));

    assertThat(table.columns()).containsExactly("id", "name", "score", "ok", "note", "extra");
    assertThat(table.rows()).extracting(Row::line).containsExactly(1L, 3L, 6L);
    Row first = table.rows().get(0);
    assertThat(first.values())
        .containsEntry("score", "1.50")
        .containsEntry("ok", "true")
        .containsEntry("note", null)
        .containsEntry("extra", null);
    assertThat(table.rows().get(1).get("score")).isEqualTo("2e3");
    assertThat(table.rows().get(2).get("name")).as("\"NA\" is a missing token").isNull();
    assertThat(table.quarantined())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason)
        .containsExactly(
            tuple(4L, "nested object in field 'name'"),
            tuple(5L, "nested array in field 'tags'"),
            tuple(7L, table.quarantined().get(2).reason()),
            tuple(8L, "not a JSON object"));
    assertThat(table.quarantined().get(2).reason()).startsWith("invalid JSON");
    assertThat(table.quarantined().get(0).raw()).contains("\"first\": \"C\"");
    assertThat(table.rowsRead()).isEqualTo(7);
  }

  @Test
  void quarantinesRecordsWithTheWrongFieldCountAtTheirStartLine() {
    Table table = TableReader.read(fixture("ragged.csv"));

    assertThat(table.quarantined())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason, QuarantineEntry::raw)
        .containsExactly(
            tuple(3L, "expected 3 fields, found 2", "3,4"),
            tuple(7L, "expected 3 fields, found 4", "9,10,z,extra"));
    assertThat(table.rows())
        .extracting(Row::line)
        .as("the blank line 5 is not a record; line 8 holds a two-line record")
        .containsExactly(2L, 4L, 6L, 8L, 10L);
    assertThat(table.rows().get(2).get("target")).isNull();
    assertThat(table.rowsRead()).isEqualTo(7);
  }

  @Test
  void reportsReadingProgressInBytes() throws java.io.IOException {
    RecordingProgress progress = new RecordingProgress();

    TableReader.read(fixture("quoted.csv"), progress);

    long bytes = java.nio.file.Files.size(fixture("quoted.csv"));
    assertThat(progress.events)
        .containsExactly("start reading quoted.csv", "advance " + bytes, "finish");
  }
}
