package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.autolab.core.ColumnType;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.data.profile.ColumnProfile;
import dev.autolab.data.profile.ColumnRole;
import dev.autolab.data.profile.DataProfile;
import dev.autolab.data.read.QuarantineEntry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PreparerTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2025-01-02T03:04:05Z"), ZoneOffset.UTC);

  static PreparedDataset prepare(Path data, String target, long seed) {
    return new Preparer(ProgressListener.NONE, CLOCK)
        .prepare(new PrepareRequest(data, target, null, null, null, null, seed));
  }

  private static Map<String, ColumnProfile> byName(DataProfile profile) {
    return profile.columns().stream()
        .collect(Collectors.toMap(ColumnProfile::name, Function.identity()));
  }

  @Test
  void preparesPenguinsWithDotAsMissingSex() {
    PreparedDataset d = prepare(TestFiles.fixture("penguins.csv"), "species", 1);

    assertThat(d.schema().task()).isEqualTo(Task.CLASSIFICATION);
    assertThat(d.schema().classes()).containsExactly("Adelie", "Chinstrap", "Gentoo");
    ColumnProfile sex = byName(d.profile()).get("sex");
    assertThat(sex.columnType()).isEqualTo(ColumnType.CATEGORICAL);
    assertThat(sex.distinct()).as("'.' and NA are missing, not categories").isEqualTo(2);
    assertThat(sex.missing()).isEqualTo(5);
    assertThat(byName(d.profile()).get("bill_length_mm").missing()).isEqualTo(1);
    assertThat(d.schema().featuresOfType(ColumnType.NUMERIC)).hasSize(4);
    assertThat(byName(d.profile()).get("species").role()).isEqualTo(ColumnRole.TARGET);
  }

  @Test
  void quarantinesWithReasonsAndLinesAndAccountsForEveryRow() {
    PreparedDataset d = prepare(TestFiles.fixture("penguins.csv"), "species", 1);

    assertThat(d.quarantine())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason)
        .containsExactlyInAnyOrder(
            tuple(62L, "missing target"), tuple(63L, "expected 7 fields, found 5"));
    DataProfile p = d.profile();
    assertThat(p.rowsRead()).isEqualTo(62);
    assertThat(p.rowsUsed()).isEqualTo(60);
    assertThat(p.rowsQuarantined()).isEqualTo(2);
    assertThat(p.rowsDuplicates()).isZero();
    assertThat(d.train().size() + d.valid().size() + d.test().size()).isEqualTo(60);
    assertThat(p.inputs()).singleElement().satisfies(i -> assertThat(i.rowsUsed()).isEqualTo(60));
    assertThat(p.problems()).anyMatch(s -> s.startsWith("2 rows quarantined"));
  }

  @Test
  void splitsStratified80By10By10WithClassCounts() {
    PreparedDataset d = prepare(TestFiles.classification(tmp("c.csv"), 0, 200), "y", 5);

    assertThat(d.split().method()).isEqualTo("stratified");
    assertThat(d.split()).extracting("train", "valid", "test").containsExactly(160, 20, 20);
    Map<String, Long> test = d.profile().classCounts().get("test");
    assertThat(test).containsExactly(Map.entry("a", 14L), Map.entry("b", 4L), Map.entry("c", 2L));
    assertThat(d.profile().classCounts().get("overall").values().stream().mapToLong(l -> l).sum())
        .isEqualTo(200);
  }

  @Test
  void sameSeedSameFingerprintsAndAnotherSeedOthers() {
    Path file = TestFiles.classification(tmp("c.csv"), 0, 100);
    PreparedDataset a = prepare(file, "y", 1);
    PreparedDataset b = prepare(file, "y", 1);
    PreparedDataset c = prepare(file, "y", 2);

    assertThat(b.fingerprint()).isEqualTo(a.fingerprint()).hasSize(64);
    assertThat(b.split().fingerprints()).isEqualTo(a.split().fingerprints());
    assertThat(b.train()).isEqualTo(a.train());
    assertThat(c.fingerprint()).isNotEqualTo(a.fingerprint());
    assertThat(c.split().fingerprints().get("test"))
        .isNotEqualTo(a.split().fingerprints().get("test"));
  }

  @Test
  void fingerprintIgnoresFormatLineEndingsAndQuoting() {
    Path csv = tmp("same.csv");
    Path jsonl = tmp("same.jsonl");
    TestFiles.write(
        csv,
        java.util.List.of(
            "id,text,y\r\n1,\"multi\r\nline\",a\r\n2,\"say \"\"x\"\"\",b\r\n3,plain,a\r\n4,NA,b\r"));
    TestFiles.write(
        jsonl,
        java.util.List.of(
            "{\"id\": 1, \"text\": \"multi\\nline\", \"y\": \"a\"}",
            "{\"y\": \"b\", \"id\": 2, \"text\": \"say \\\"x\\\"\"}",
            "{\"id\": 3, \"text\": \" plain \", \"y\": \"a\"}",
            "{\"id\": 4, \"text\": null, \"y\": \"b\"}"));

    assertThat(prepare(jsonl, "y", 3).fingerprint()).isEqualTo(prepare(csv, "y", 3).fingerprint());
  }

  @Test
  void regressionQuarantinesUnparseableTargets() {
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("x,price"));
    for (int i = 0; i < 30; i++) {
      lines.add(i % 7 + "," + (i * 1.25));
    }
    lines.add("6,call us");
    PreparedDataset d = prepare(TestFiles.write(tmp("r.csv"), lines), "price", 1);

    assertThat(d.schema().task()).isEqualTo(Task.REGRESSION);
    assertThat(d.schema().classes()).isEmpty();
    assertThat(d.split().method()).isEqualTo("random");
    assertThat(d.profile().classCounts()).isNull();
    assertThat(d.quarantine())
        .extracting(QuarantineEntry::line, QuarantineEntry::reason)
        .containsExactly(tuple(32L, "unparseable target"));
    assertThat(d.quarantine().get(0).raw()).isEqualTo("{\"x\":\"6\",\"price\":\"call us\"}");
  }

  @Test
  void reportsReadingProgressForEachFile() throws java.io.IOException {
    RecordingProgress progress = new RecordingProgress();
    Path data = TestFiles.classification(tmp("d.csv"), 0, 50);
    Path test = TestFiles.classification(tmp("t.csv"), 50, 10);

    new Preparer(progress, CLOCK).prepare(new PrepareRequest(data, "y", null, null, null, test, 1));

    assertThat(progress.events)
        .containsExactly(
            "start reading d.csv",
            "advance " + java.nio.file.Files.size(data),
            "finish",
            "start reading t.csv",
            "advance " + java.nio.file.Files.size(test),
            "finish");
  }

  @Test
  void keepsAllColumnsInRowsButOnlyFeaturesInTheSchema() {
    java.util.List<String> lines = new java.util.ArrayList<>(java.util.List.of("id,x,y"));
    for (int i = 0; i < 30; i++) {
      lines.add(i + "," + (i % 5) + "," + (i % 2 == 0 ? "even" : "odd"));
    }
    PreparedDataset d = prepare(TestFiles.write(tmp("ids.csv"), lines), "y", 1);

    assertThat(d.schema().features()).extracting(c -> c.name()).containsExactly("x");
    assertThat(byName(d.profile()).get("id").reason()).contains("ID");
    Row row = d.train().get(0);
    assertThat(row.values()).containsOnlyKeys("id", "x", "y");
  }

  private Path tmp(String name) {
    return dir.resolve(name);
  }

  @org.junit.jupiter.api.io.TempDir Path dir;
}
