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
  void anUnclosedQuoteNamesTheLine() throws IOException {
    Path file = write("open.csv", "a,b\n1,2\n3,\"never closed\n4,5\n");
    assertThatThrownBy(() -> TableReader.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("open.csv line 3");
  }

  @Test
  void nonUtf8InputSaysHowToConvert() throws IOException {
    Path file = dir.resolve("latin1.csv");
    Files.write(file, "name,city\nJos\u00e9,M\u00e1laga\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> TableReader.read(file))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not valid UTF-8")
        .hasMessageContaining("iconv");
  }

  @Test
  void aJsonArrayIsRejectedWithAConversionHint() throws IOException {
    Path file = write("array.json", "[\n{\"a\": 1},\n{\"a\": 2}\n]\n");
    assertThatThrownBy(() -> TableReader.read(file)).hasMessageContaining("JSON array");
  }

  @Test
  void readsFieldsOfSeveralHundredKilobytes() throws IOException {
    String big = "word ".repeat(100_000);
    Path file = write("big.csv", "id,text\n1,\"" + big + "\"\n2,short\n");

    Table table = TableReader.read(file);

    assertThat(table.rows().get(0).get("text")).hasSize(big.length() - 1);
    assertThat(table.rows().get(1).line()).isEqualTo(3);
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
