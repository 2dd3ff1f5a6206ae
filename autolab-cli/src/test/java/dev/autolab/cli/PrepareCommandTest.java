package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
