package dev.autolab.cli.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.data.clean.ColumnCleaning;
import dev.autolab.data.read.Table;
import dev.autolab.data.read.TableReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputCleaningTest {
  @TempDir Path dir;

  @Test
  void inputIsCleanedAsTheTrainingDataWas() throws IOException {
    Path model = Files.createDirectories(dir.resolve("model"));
    InputCleaning.save(
        model,
        List.of(
            new ColumnCleaning("text", false, null, true, false, null),
            new ColumnCleaning("price", true, "-999", false, false, null)));
    Path input =
        Files.writeString(
            dir.resolve("in.csv"),
            "text,price\n<p>Hello <b>there</b></p>,\"$1,200\"\nplain,-999\n");

    Table table = InputCleaning.apply(model, TableReader.read(input));

    assertThat(table.rows().get(0).get("text")).isEqualTo("Hello there");
    assertThat(table.rows().get(0).get("price")).isEqualTo("1200");
    assertThat(table.rows().get(1).get("price")).isNull();
    assertThat(table.rows().get(1).get("text")).isEqualTo("plain");
  }

  @Test
  void aPackageWithoutCleaningLeavesTheInputAlone() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "text\n<p>raw</p>\n");
    Table raw = TableReader.read(input);

    assertThat(InputCleaning.apply(dir, raw)).isSameAs(raw);
  }
}
