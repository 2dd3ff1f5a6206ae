package dev.autolab.data.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that cannot be used at all, and files at the edges of what is accepted. */
class TableReaderErrorsTest {
  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content);
  }

  @Test
  void missingFileNamesThePath() {
    Path file = dir.resolve("nope.csv");
    assertThatThrownBy(() -> TableReader.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("nope.csv")
        .hasMessageContaining("does not exist");
  }

  @Test
  void emptyAndHeaderOnlyFilesAreRejected() throws IOException {
    Path empty = write("empty.csv", "\n\n");
    Path headerOnly = write("header.csv", "a,b\n");
    Path emptyJson = write("empty.jsonl", "");

    assertThatThrownBy(() -> TableReader.read(empty)).hasMessageContaining("empty.csv is empty");
    assertThatThrownBy(() -> TableReader.read(headerOnly)).hasMessageContaining("no data rows");
    assertThatThrownBy(() -> TableReader.read(emptyJson)).hasMessageContaining("is empty");
  }

  @Test
  void aFirstLineOfNumbersIsNotAHeader() throws IOException {
    Path file = write("iris.csv", "5.1,3.5,1.4\n4.9,3.0,1.4\n");
    assertThatThrownBy(() -> TableReader.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("add a header row");
  }

  @Test
  void duplicateColumnNamesAreRejectedAndEmptyNamesNumbered() throws IOException {
    Path dup = write("dup.csv", "a,b,a\n1,2,3\n");
    Path unnamed = write("unnamed.csv", ",a,b\n0,x,y\n");

    assertThatThrownBy(() -> TableReader.read(dup)).hasMessageContaining("'a' appears twice");
    assertThat(TableReader.read(unnamed).columns()).containsExactly("column_1", "a", "b");
  }

  @Test
  void anUnclosedQuoteCostsOneLineNotTheRestOfTheFile() throws IOException {
    Path file = write("open.csv", "a,b\n1,2\n3,\"never closed\n4,5\n6,7\n");

    Table table = TableReader.read(file);

    assertThat(table.rows()).extracting(r -> r.get("a")).containsExactly("1", "4", "6");
    assertThat(table.quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.line()).isEqualTo(3);
              assertThat(q.offset()).isEqualTo(8L);
              assertThat(q.reason()).startsWith("malformed quoting");
              assertThat(q.raw()).isEqualTo("3,\"never closed");
            });
  }

  @Test
  void aStrayQuoteThatClosesLaterIsResynchronised() throws IOException {
    Path file = write("stray.csv", "a,b\n1,\"x\n2,y\"\"\n3,z\"\n4,w\n");

    Table table = TableReader.read(file);

    assertThat(table.rowsRead()).isEqualTo(table.rows().size() + table.quarantined().size());
    assertThat(table.rows()).extracting(r -> r.get("a")).contains("4");
  }

  @Test
  void latin1InputIsDetectedAndDecoded() throws IOException {
    Path file = dir.resolve("latin1.csv");
    String text = "name,city\n" + "Jos\u00e9,M\u00e1laga\nFran\u00e7ois,Besan\u00e7on\n".repeat(20);
    Files.write(file, text.getBytes(StandardCharsets.ISO_8859_1));

    Table table = TableReader.read(file);

    assertThat(table.rows().get(0).get("city")).isEqualTo("M\u00e1laga");
    assertThat(table.quarantined()).isEmpty();
  }

  @Test
  void aJsonArrayIsReadAsRows() throws IOException {
    Path file = write("array.json", "[\n{\"a\": 1},\n{\"a\": 2},\n[3],\n{\"a\": {\"b\": 1}}\n]\n");

    Table table = TableReader.read(file);

    assertThat(table.rows()).extracting(r -> r.get("a")).containsExactly("1", "2");
    assertThat(table.quarantined())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(4L, "not a JSON object"),
            org.assertj.core.groups.Tuple.tuple(5L, "nested object in field 'a'"));
  }

  @Test
  void aBrokenJsonArrayKeepsWhatCameBefore() throws IOException {
    Path file = write("broken.json", "[{\"a\": 1},\n{\"a\": 2},\n{\"a\": oops}\n]");

    Table table = TableReader.read(file);

    assertThat(table.rows()).hasSize(2);
    assertThat(table.quarantined())
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.line()).isEqualTo(3);
              assertThat(q.reason()).startsWith("invalid JSON");
            });
  }

  @Test
  void fieldsOverTheLimitAreQuarantinedAndLargerLimitsReadThem() throws IOException {
    String big = "word ".repeat(100_000);
    Path file = write("big.csv", "id,text\n1,\"" + big + "\"\n2,short\n");

    Table table = TableReader.read(file);
    Table generous =
        TableReader.read(
            file, new ReadOptions(null, null, 1_000_000), dev.autolab.core.ProgressListener.NONE);

    assertThat(table.rows()).singleElement().satisfies(r -> assertThat(r.line()).isEqualTo(3));
    assertThat(table.quarantined().get(0).reason()).startsWith("oversize field: 'text'");
    assertThat(table.quarantined().get(0).raw()).hasSizeLessThan(QuarantineEntry.RAW_LIMIT + 100);
    assertThat(generous.rows().get(0).get("text")).hasSize(big.length() - 1);
  }

  @Test
  void readsGzippedFilesByTheInnerExtension() throws IOException {
    Path file = dir.resolve("data.tsv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
      out.write("a\tb\n1\t2\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(TableReader.read(file).rows().get(0).values()).containsEntry("b", "2");
  }

  @Test
  void extensionlessJsonLinesAreSniffed() throws IOException {
    Path file = write("export.txt", "{\"a\": \"x\"}\n{\"a\": \"y\"}\n");
    assertThat(TableReader.read(file).columns()).containsExactly("a");
  }
}
