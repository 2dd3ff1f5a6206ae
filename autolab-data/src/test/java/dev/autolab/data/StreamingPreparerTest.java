package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ProgressListener;
import dev.autolab.data.profile.DataProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StreamingPreparerTest {
  @TempDir Path dir;

  @Test
  void writesSplitsAsItReadsAndAccountsForEveryRow() throws IOException {
    Path data = TestFiles.classification(dir.resolve("d.csv"), 0, 300);
    List<String> lines = new ArrayList<>(Files.readAllLines(data));
    lines.add(lines.get(5)); // an exact duplicate
    lines.add("1,red"); // a short record
    lines.add("2.5,red,1,"); // no target
    Files.write(data, lines);

    PreparedDataset d =
        new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(data, "y", null, null, null, null, 3), dir.resolve("out"));

    DataProfile p = d.profile();
    assertThat(p.rowsRead()).isEqualTo(303);
    assertThat(p.rowsDuplicates()).isEqualTo(1);
    assertThat(p.rowsQuarantined()).isEqualTo(2);
    assertThat(p.rowsUsed()).isEqualTo(300);
    long written = 0;
    for (String split : List.of("train", "valid", "test")) {
      written += Files.readAllLines(dir.resolve("out/splits/" + split + ".jsonl")).size();
    }
    assertThat(written).isEqualTo(300);
    assertThat(d.split().train()).isBetween(210, 270);
    assertThat(Files.readAllLines(dir.resolve("out/quarantine.jsonl"))).hasSize(2);
    assertThat(Files.readAllLines(dir.resolve("out/duplicates.jsonl"))).hasSize(1);
    assertThat(p.classCounts().get("overall")).containsOnlyKeys("a", "b", "c");
    assertThat(Files.exists(dir.resolve("out/profile.json"))).isTrue();
  }

  @Test
  void splitFingerprintsFollowTheInMemoryDefinition() throws IOException {
    Path data = TestFiles.classification(dir.resolve("d.csv"), 0, 120);

    PreparedDataset streamed =
        new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(data, "y", null, null, null, null, 3), dir.resolve("s"));

    List<String> columns = List.of("x", "color", "size", "y");
    List<dev.autolab.core.Row> train = new ArrayList<>();
    for (String line : Files.readAllLines(dir.resolve("s/splits/train.jsonl"))) {
      java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
      com.fasterxml.jackson.databind.JsonNode node = dev.autolab.core.Json.mapper().readTree(line);
      columns.forEach(c -> values.put(c, node.get(c).asText()));
      train.add(new dev.autolab.core.Row("d.csv", 0, values));
    }
    String expected =
        dev.autolab.data.split.Fingerprints.of(
                columns, new dev.autolab.data.split.Splits(train, List.of(), List.of()))
            .splits()
            .get("train");
    assertThat(streamed.split().fingerprints().get("train")).isEqualTo(expected);
  }
}
