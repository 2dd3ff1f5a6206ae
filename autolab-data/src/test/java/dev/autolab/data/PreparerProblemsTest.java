package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnType;
import dev.autolab.core.ProgressListener;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Findings the profile reports without changing the data (this first form removes nothing). */
class PreparerProblemsTest {
  @TempDir Path dir;

  @Test
  void exactRepeatsAreRemovedAndAccountedFor() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String text = "this message number " + (i % 30) + " is long enough to read as text";
      String channel = i % 2 == 0 ? "sms" : "mail";
      lines.add(
          String.format(
              "{\"message\": \"%s\", \"channel\": \"%s\", \"label\": \"%s\"}",
              text, channel, i % 3 == 0 ? "spam" : "ham"));
    }
    lines.add("{\"message\": {\"nested\": true}, \"label\": \"ham\"}");
    Path data = TestFiles.write(dir.resolve("messages.jsonl"), lines);

    PreparedDataset d = PreparerTest.prepare(data, "label", 4);

    assertThat(d.schema().featuresOfType(ColumnType.TEXT))
        .extracting(c -> c.name())
        .containsExactly("message");
    assertThat(d.profile().rowsRead()).isEqualTo(41);
    assertThat(d.profile().rowsUsed()).isEqualTo(30);
    assertThat(d.profile().rowsQuarantined()).isEqualTo(1);
    assertThat(d.profile().rowsDuplicates()).isEqualTo(10);
    assertThat(d.duplicates())
        .allSatisfy(e -> assertThat(e.line()).isEqualTo(e.keptLine() + 30))
        .extracting(e -> e.reason())
        .containsOnly("exact duplicate");
    assertThat(d.profile().problems())
        .contains("10 rows removed as exact duplicates of an earlier row");
  }

  @Test
  void aForcedTextColumnIsText() {
    Path data = TestFiles.classification(dir.resolve("c.csv"), 0, 30);
    PreparedDataset d =
        new Preparer(ProgressListener.NONE, PreparerTest.CLOCK)
            .prepare(new PrepareRequest(data, "y", "color", null, null, null, 1));

    assertThat(d.schema().featuresOfType(ColumnType.TEXT))
        .extracting(c -> c.name())
        .containsExactly("color");
  }
}
