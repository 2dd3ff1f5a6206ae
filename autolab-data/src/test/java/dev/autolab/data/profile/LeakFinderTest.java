package dev.autolab.data.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnType;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LeakFinderTest {
  private static ColumnProfile column(String name, ColumnType type) {
    return new ColumnProfile(name, type.id(), ColumnRole.FEATURE, 0, 2, null);
  }

  @Test
  void aCategoryThatNamesTheClassLeaksAndAMerelyUsefulOneDoesNot() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String label = i % 3 == 0 ? "spam" : "ham";
      String folder = label.equals("spam") ? (i % 2 == 0 ? "spam-1" : "spam-2") : "easy-ham";
      String hint = (i % 7 == 0) ^ label.equals("spam") ? "yes" : "no";
      rows.add(new Row("f", i, Map.of("folder", folder, "hint", hint, "label", label)));
    }

    assertThat(
            LeakFinder.leak(
                column("folder", ColumnType.CATEGORICAL), "label", Task.CLASSIFICATION, rows))
        .hasValueSatisfying(why -> assertThat(why).startsWith("leaks the target"));
    assertThat(
            LeakFinder.leak(
                column("hint", ColumnType.CATEGORICAL), "label", Task.CLASSIFICATION, rows))
        .isEmpty();
  }

  @Test
  void aCopyOfANumericTargetLeaks() {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      rows.add(
          new Row(
              "f",
              i,
              Map.of("price_again", i + ".0", "noise", "" + (i * 7 % 13), "price", "" + i)));
    }

    assertThat(
            LeakFinder.leak(
                column("price_again", ColumnType.NUMERIC), "price", Task.REGRESSION, rows))
        .isPresent();
    assertThat(LeakFinder.leak(column("noise", ColumnType.NUMERIC), "price", Task.REGRESSION, rows))
        .isEmpty();
  }
}
