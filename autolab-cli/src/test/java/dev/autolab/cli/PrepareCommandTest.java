package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrepareCommandTest {
  @TempDir Path home;

  @Test
  void writesTheDataPartOfARunAndJournalsTheRowAccounting() throws IOException {
    Path data =
        Files.writeString(
            home.resolve("ragged.csv"),
            "x,y,label\n1,2,a\n3,4,b\n5,6\n7,8,a\n9,10,b\n11,12,a\n13,14,b\n15,16,\n");
    Path run = home.resolve("prep");
    CliRunner.Result result =
        new CliRunner(home)
            .run("prepare", data.toString(), "--target", "label", "--out", run.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("rows: 8 read = 6 used + 2 quarantined + 0 duplicates");
    assertThat(Files.readAllLines(run.resolve("data/quarantine.jsonl")))
        .hasSize(2)
        .anyMatch(line -> line.contains("\"line\":4") && line.contains("expected 3 fields"))
        .anyMatch(line -> line.contains("\"line\":9") && line.contains("missing target"));
    JsonNode journal =
        Json.mapper().readTree(Files.readAllLines(run.resolve("journal.jsonl")).get(0));
    assertThat(journal.get("stage").asText()).isEqualTo("data");
    assertThat(journal.at("/evidence/rows_quarantined").asLong()).isEqualTo(2);
    assertThat(run.resolve("plan.json")).doesNotExist();
  }

  @Test
  void anAutomaticPrepareStreamsFromASixteenthOfTheHeap() {
    assertThat(PrepareCommand.streamFromBytes(1L << 30)).isEqualTo(64L << 20);
    assertThat(PrepareCommand.streamFromBytes(64L << 30))
        .isEqualTo(PrepareCommand.STREAM_FROM_BYTES);
  }

  @Test
  void aHeapTooSmallForTheDataEndsWithOneLineSayingWhatToDo() throws Exception {
    StringBuilder csv = new StringBuilder("id,text,label\n");
    for (int i = 0; i < 60_000; i++) {
      csv.append(i)
          .append(",some words for row ")
          .append(i)
          .append(" of the file,")
          .append(i % 2 == 0 ? "a" : "b")
          .append('\n');
    }
    Path data = Files.writeString(home.resolve("big.csv"), csv);
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx24m",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "prepare",
                data.toString(),
                "--target",
                "label",
                "--stream",
                "off",
                "--out",
                home.resolve("run").toString(),
                "--home",
                home.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(out).isEqualTo(1);
    assertThat(out)
        .contains("autolab: out of memory: the Java heap is limited to")
        .contains("--stream on")
        .doesNotContain("\tat ");
  }
}
