package dev.autolab.data.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import dev.autolab.data.split.Splits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeduplicatorTest {
  private final Deduplicator dedup =
      new Deduplicator(List.of("text", "n"), "label", List.of("text"), 7);

  private static Row row(long line, String text, String n, String label) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("text", text);
    values.put("n", n);
    values.put("label", label);
    return new Row("f.csv", line, values);
  }

  @Test
  void repeatsAfterNormalisingAreExactDuplicates() {
    Row a = row(2, "Win a  FREE phone", "1.50", "spam");
    Row b = row(3, "win a free phone", "1.5", "spam");
    Row c = row(4, "win a free phone", "1.5", "ham");

    Map<Row, DuplicateEntry> removed = dedup.exact(List.of(a, b, c));

    assertThat(removed).containsOnlyKeys(b);
    assertThat(removed.get(b).keptLine()).isEqualTo(2);
    assertThat(dedup.conflicts(List.of(a, b, c))).isEqualTo(1);
  }

  @Test
  void heldOutRowsNearlyDuplicatingTrainAreLeakage() {
    String mail =
        "dear customer your account has been selected for a special offer please reply with your"
            + " bank details to claim the prize before friday";
    List<Row> train = new ArrayList<>();
    train.add(row(2, mail, "1", "spam"));
    for (int i = 0; i < 20; i++) {
      train.add(row(10 + i, "meeting notes number " + i + " about the quarterly plan", "2", "ham"));
    }
    Row near = row(100, mail.replace("friday", "monday"), "9", "spam");
    Row same = row(101, "meeting notes number 3 about the quarterly plan", "2", "spam");
    Row other = row(102, "completely different words in this message here", "3", "ham");

    Map<Row, DuplicateEntry> removed =
        dedup.leakage(new Splits(train, List.of(near), List.of(same, other)));

    assertThat(removed).containsOnlyKeys(near, same);
    assertThat(removed.get(near).reason())
        .isEqualTo("valid row's text nearly duplicates a train row");
    assertThat(removed.get(near).keptLine()).isEqualTo(2);
    assertThat(removed.get(same).reason()).isEqualTo("test row duplicates a train row");
  }

  @Test
  void minHashEstimatesJaccardSimilarity() {
    MinHasher hasher = new MinHasher(1);
    long[] a = hasher.signature("the quick brown fox jumps over the lazy dog again and again");
    long[] b = hasher.signature("the quick brown fox jumps over the lazy dog again and again!");
    long[] c = hasher.signature("an entirely unrelated sentence about spreadsheets and taxes");

    assertThat(MinHasher.similarity(a, b)).isEqualTo(1.0);
    assertThat(MinHasher.similarity(a, c)).isLessThan(0.2);
    assertThat(hasher.signature("  ,, ")).isNull();
  }
}
