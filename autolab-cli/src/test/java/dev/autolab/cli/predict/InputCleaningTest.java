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
  void emailCleaningIsRepeatedOnTheInput() throws IOException {
    Path model = Files.createDirectories(dir.resolve("model"));
    InputCleaning.save(
        model, List.of(new ColumnCleaning("body", false, null, false, false, null, true)));
    Path input =
        Files.writeString(
            dir.resolve("in.csv"),
            "body\n\"From: a@example.org\nSubject: win a prize\n\nclick here\n> old\"\n");

    Table table = InputCleaning.apply(model, TableReader.read(input));

    assertThat(table.rows().get(0).get("body")).isEqualTo("win a prize\nclick here");
    assertThat(Files.readString(model.resolve(InputCleaning.FILE)))
        .contains("\"schemaVersion\" : 2")
        .contains("\"email\" : true");
  }

  @Test
  void aVersionOneFileStillCleans() throws IOException {
    // cleaning.json as packages written before e-mail cleaning hold it
    Path model = Files.createDirectories(dir.resolve("old-model"));
    Files.writeString(
        model.resolve(InputCleaning.FILE),
        "{\"schemaVersion\":1,\"columns\":[{\"column\":\"text\",\"number_forms\":false,"
            + "\"html\":true,\"booleans\":false}]}");
    Path input = Files.writeString(dir.resolve("in.csv"), "text\n<p>Hi <b>you</b></p>\n");

    Table table = InputCleaning.apply(model, TableReader.read(input));

    assertThat(table.rows().get(0).get("text")).isEqualTo("Hi you");
  }

  @Test
  void aPackageWithoutCleaningLeavesTheInputAlone() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "text\n<p>raw</p>\n");
    Table raw = TableReader.read(input);

    assertThat(InputCleaning.apply(dir, raw)).isSameAs(raw);
  }
}
