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

  @Test
  void rowsBeyondTheSampleAndSeveralBatchesAreAllWrittenOnce() throws IOException {
    int n = StreamingRun.SAMPLE_ROWS + 3 * StreamingRun.BATCH + 17;
    Path data = TestFiles.classification(dir.resolve("big.csv"), 0, n);
    List<String> lines = new ArrayList<>(Files.readAllLines(data));
    lines.add(lines.get(StreamingRun.SAMPLE_ROWS + 10)); // a duplicate met after the sample
    lines.add(lines.get(3)); // and one of a sample row
    lines.add("1.5,red,1,"); // no target, after the sample
    Files.write(data, lines);

    DataProfile p =
        new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(data, "y", null, null, null, null, 3), dir.resolve("out"))
            .profile();

    assertThat(p.rowsRead()).isEqualTo(n + 3L);
    assertThat(p.rowsUsed()).isEqualTo(n);
    assertThat(p.rowsDuplicates()).isEqualTo(2);
    assertThat(p.rowsQuarantined()).isEqualTo(1);
    java.util.Set<String> xs = new java.util.HashSet<>();
    for (String split : List.of("train", "valid", "test")) {
      for (String line : Files.readAllLines(dir.resolve("out/splits/" + split + ".jsonl"))) {
        assertThat(xs.add(dev.autolab.core.Json.mapper().readTree(line).get("x").asText()))
            .isTrue();
      }
    }
    assertThat(xs).hasSize(n);
    assertThat(Files.readString(dir.resolve("out/quarantine.jsonl"))).contains("missing target");
  }

  @Test
  void filesWithTheirColumnsInAnotherOrderAreReadByName() throws IOException {
    Path first = TestFiles.classification(dir.resolve("a.csv"), 0, 100);
    Path second =
        TestFiles.write(
            dir.resolve("b.csv"),
            List.of("y,size,x,color", "b,3,1000.5,red", "a,2,1001.5,blue", ",1,1002.5,red"));
    PrepareOptions options =
        new PrepareOptions(List.of(second), PrepareOptions.DEFAULTS.read(), null, true, true);

    PreparedDataset d =
        new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(
                new PrepareRequest(first, "y", null, null, null, null, 3, options),
                dir.resolve("out"));

    assertThat(d.profile().rowsUsed()).isEqualTo(102);
    assertThat(d.profile().rowsQuarantined()).isEqualTo(1);
    String all =
        Files.readString(dir.resolve("out/splits/train.jsonl"))
            + Files.readString(dir.resolve("out/splits/valid.jsonl"))
            + Files.readString(dir.resolve("out/splits/test.jsonl"));
    assertThat(all).contains("{\"x\":\"1000.5\",\"color\":\"red\",\"size\":\"3\",\"y\":\"b\"}");
  }

  @Test
  void jsonLinesStreamToo() throws IOException {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      lines.add(
          "{\"y\":\"" + (i % 3 == 0 ? "a" : "b") + "\",\"text\":\"row " + i + " caf\u00e9\"}");
    }
    lines.add("{\"text\":\"no label\"}");
    lines.add("not json");
    Path data = TestFiles.write(dir.resolve("d.jsonl"), lines);

    DataProfile p =
        new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(data, "y", null, null, null, null, 3), dir.resolve("out"))
            .profile();

    assertThat(p.rowsRead()).isEqualTo(202);
    assertThat(p.rowsUsed()).isEqualTo(200);
    assertThat(p.rowsQuarantined()).isEqualTo(2);
  }

  @Test
  void aTargetThatIsNotAColumnFailsWithAClearMessage() {
    Path data = TestFiles.classification(dir.resolve("d.csv"), 0, 300);

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                new StreamingPreparer(ProgressListener.NONE, PreparerTest.CLOCK)
                    .prepare(
                        new PrepareRequest(data, "label", null, null, null, null, 3),
                        dir.resolve("out")))
        .isInstanceOf(dev.autolab.core.BadInputException.class)
        .hasMessageContaining("target column 'label' is not in");
  }
}
