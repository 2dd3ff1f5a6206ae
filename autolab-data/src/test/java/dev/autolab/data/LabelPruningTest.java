package dev.autolab.data;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import dev.autolab.data.read.QuarantineEntry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelPruningTest {
  @TempDir Path dir;

  @Test
  void trainRowsWithSuspectLabelsAreQuarantinedAndHeldOutRowsKept() {
    List<String> spam = List.of("win", "free", "prize", "cash", "offer", "click", "credit");
    List<String> ham = List.of("meeting", "report", "lunch", "project", "notes", "agenda", "team");
    Random random = new Random(5);
    List<String> lines = new ArrayList<>(List.of("id,text,label"));
    List<String> flipped = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      boolean isSpam = i % 3 == 0;
      List<String> words = isSpam ? spam : ham;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 10; w++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      boolean flip = i % 25 == 4;
      if (flip) {
        flipped.add("r" + i);
      }
      lines.add("r" + i + "," + text.toString().trim() + "," + (isSpam ^ flip ? "spam" : "ham"));
    }
    Path data = TestFiles.write(dir.resolve("mail.csv"), lines);

    PreparedDataset d = PreparerTest.prepare(data, "label", 9);

    List<QuarantineEntry> pruned =
        d.quarantine().stream().filter(q -> q.reason().startsWith("suspected label")).toList();
    assertThat(pruned).isNotEmpty();
    assertThat(d.labels().issues()).extracting(i -> i.row()).containsAnyElementsOf(flipped);
    assertThat(d.train())
        .extracting(Row::line)
        .doesNotContainAnyElementsOf(pruned.stream().map(QuarantineEntry::line).toList());
    assertThat(d.profile().rowsRead())
        .isEqualTo(
            d.profile().rowsUsed() + d.profile().rowsQuarantined() + d.profile().rowsDuplicates());
    assertThat(d.profile().rowsUsed() + pruned.size())
        .isEqualTo(400 - d.profile().rowsDuplicates());
  }
}
