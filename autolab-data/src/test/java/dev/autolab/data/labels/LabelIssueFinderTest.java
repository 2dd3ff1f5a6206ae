package dev.autolab.data.labels;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LabelIssueFinderTest {
  private static final List<String> SPAM =
      List.of("win", "free", "prize", "cash", "offer", "click", "winner", "credit", "urgent");
  private static final List<String> HAM =
      List.of("meeting", "report", "lunch", "project", "notes", "agenda", "review", "team", "plan");

  @Test
  void findsMostFlippedLabelsAndFewCorrectOnes() {
    DatasetSchema schema =
        new DatasetSchema(
            List.of(new ColumnSchema("text", ColumnType.TEXT)),
            "label",
            Task.CLASSIFICATION,
            List.of("ham", "spam"));
    Random random = new Random(3);
    List<Row> rows = new ArrayList<>();
    Set<Long> flipped = new HashSet<>();
    for (int i = 0; i < 400; i++) {
      boolean spam = i % 3 == 0;
      List<String> words = spam ? SPAM : HAM;
      StringBuilder text = new StringBuilder();
      for (int w = 0; w < 12; w++) {
        text.append(words.get(random.nextInt(words.size()))).append(' ');
      }
      boolean flip = i % 20 == 7;
      String label = spam ^ flip ? "spam" : "ham";
      if (flip) {
        flipped.add((long) i + 2);
      }
      rows.add(new Row("mail.csv", i + 2, Map.of("text", text.toString(), "label", label)));
    }

    List<LabelIssue> issues =
        new LabelIssueFinder(new HashedLogisticModel()).find(schema, rows, null, 42);

    long hits = issues.stream().filter(issue -> flipped.contains(issue.line())).count();
    assertThat(hits).as("recall").isGreaterThanOrEqualTo((long) (0.8 * flipped.size()));
    assertThat(hits).as("precision").isGreaterThanOrEqualTo((long) (0.8 * issues.size()));
    assertThat(issues.get(0).rank()).isEqualTo(1);
    assertThat(issues.get(0).row()).startsWith("mail.csv:");
    assertThat(issues).extracting(LabelIssue::selfConfidence).isSortedAccordingTo(Double::compare);
  }

  @Test
  void confidentLearningUsesPerClassThresholds() {
    double[][] p = {{0.9, 0.1}, {0.8, 0.2}, {0.3, 0.7}, {0.2, 0.8}, {0.95, 0.05}};
    int[] labels = {0, 0, 1, 1, 1};

    List<ConfidentLearning.Suspect> suspects = ConfidentLearning.find(p, labels, 2);

    assertThat(ConfidentLearning.thresholds(p, labels, 2))
        .containsExactly(new double[] {0.85, 1.55 / 3}, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(suspects)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.index()).isEqualTo(4);
              assertThat(s.suggested()).isZero();
            });
  }
}
