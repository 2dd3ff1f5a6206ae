package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.data.profile.DataProfile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data/ part of a run directory, whose shape is a contract. */
class PreparedDatasetWriteTest {
  @TempDir Path dir;

  private static List<String> lines(Path file) throws IOException {
    return java.nio.file.Files.readAllLines(file);
  }

  @Test
  void writesProfileQuarantineAndSplits() throws IOException {
    PreparedDataset d = PreparerTest.prepare(TestFiles.fixture("penguins.csv"), "species", 1);

    d.write(dir);

    JsonNode profile = Json.mapper().readTree(dir.resolve("profile.json").toFile());
    assertThat(profile.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(profile.get("rows_read").asLong()).isEqualTo(62);
    assertThat(profile.get("rows_used").asLong()).isEqualTo(60);
    assertThat(profile.get("rows_quarantined").asLong()).isEqualTo(2);
    assertThat(profile.get("rows_duplicates").asLong()).isZero();
    assertThat(profile.get("task").asText()).isEqualTo("classification");
    assertThat(profile.get("class_counts").get("overall").get("Gentoo").asLong()).isPositive();
    assertThat(profile.get("columns").get(6).get("type").asText()).isEqualTo("categorical");
    assertThat(profile.get("columns").get(0).get("role").asText()).isEqualTo("target");
    assertThat(profile.get("inputs").get(0).get("rows_quarantined").asLong()).isEqualTo(2);
    assertThat(lines(dir.resolve("quarantine.jsonl")))
        .hasSize(2)
        .allSatisfy(l -> assertThat(Json.mapper().readTree(l).get("reason").asText()).isNotBlank());
    assertThat(lines(dir.resolve("splits/train.jsonl"))).hasSize(d.train().size());
    assertThat(lines(dir.resolve("splits/valid.jsonl"))).hasSize(d.valid().size());
    assertThat(lines(dir.resolve("splits/test.jsonl"))).hasSize(d.test().size());
  }

  @Test
  void splitRowsKeepMissingValuesAsNull() throws IOException {
    PreparedDataset d = PreparerTest.prepare(TestFiles.fixture("penguins.csv"), "species", 1);
    d.write(dir);

    List<String> rows = new java.util.ArrayList<>();
    for (String split : List.of("train", "valid", "test")) {
      rows.addAll(lines(dir.resolve("splits/" + split + ".jsonl")));
    }
    assertThat(rows).filteredOn(r -> r.contains("\"sex\":null")).hasSize(5);
    assertThat(Json.mapper().readTree(rows.get(0)).size()).isEqualTo(7);
  }

  @Test
  void anEmptyQuarantineIsStillWritten() throws IOException {
    Path data = TestFiles.classification(dir.resolve("c.csv"), 0, 30);
    PreparerTest.prepare(data, "y", 1).write(dir.resolve("out"));
    assertThat(lines(dir.resolve("out/quarantine.jsonl"))).isEmpty();
  }

  @Test
  void theProfileReadsBack() {
    PreparedDataset d = PreparerTest.prepare(TestFiles.fixture("penguins.csv"), "species", 1);
    d.write(dir);
    assertThat(Json.read(dir.resolve("profile.json"), DataProfile.class)).isEqualTo(d.profile());
  }

  @Test
  void brokenRowAccountingIsAnInternalError() {
    DataProfile good =
        PreparerTest.prepare(TestFiles.fixture("penguins.csv"), "species", 1).profile();
    DataProfile broken =
        new DataProfile(
            good.schemaVersion(),
            good.created(),
            good.rowsRead() + 1,
            good.rowsUsed(),
            good.rowsQuarantined(),
            good.rowsDuplicates(),
            good.target(),
            good.task(),
            good.classes(),
            good.columns(),
            good.classCounts(),
            good.problems(),
            good.inputs(),
            good.fingerprint(),
            good.split(),
            good.duplicates(),
            good.repairs(),
            good.labelIssues());

    DatasetAssembler.checkAccounting(good);
    assertThatThrownBy(() -> DatasetAssembler.checkAccounting(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row accounting");
  }
}
