package dev.autolab.data.split;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SplitterTest {
  private static final Splitter EIGHTY_TEN_TEN = new Splitter(8, 1, 1);

  /** {@code perClass[k]} rows of class "c{k}", interleaved like a real file. */
  private static List<Row> rows(int... perClass) {
    List<Row> rows = new ArrayList<>();
    for (int k = 0; k < perClass.length; k++) {
      for (int i = 0; i < perClass[k]; i++) {
        rows.add(new Row("t.csv", rows.size() + 2, Map.of("y", "c" + k, "i", "" + rows.size())));
      }
    }
    return rows;
  }

  private static Map<String, Long> countByClass(List<Row> rows) {
    return rows.stream().collect(Collectors.groupingBy(r -> r.get("y"), Collectors.counting()));
  }

  @Test
  void patternSpreadsTheSmallSplits() {
    assertThat(Splitter.pattern(new int[] {8, 1, 1})).containsExactly(0, 0, 0, 1, 0, 0, 2, 0, 0, 0);
    assertThat(Splitter.pattern(new int[] {8, 1, 0})).containsExactly(0, 0, 0, 0, 1, 0, 0, 0, 0);
  }

  @Test
  void stratifiedSplitHasExactProportionsOverallAndPerClass() {
    Splits s = EIGHTY_TEN_TEN.split(rows(600, 300, 100), "y", 42);

    assertThat(List.of(s.train().size(), s.valid().size(), s.test().size()))
        .containsExactly(800, 100, 100);
    assertThat(countByClass(s.test())).containsEntry("c0", 60L).containsEntry("c1", 30L);
    assertThat(countByClass(s.test()).get("c2")).isBetween(9L, 11L);
    assertThat(countByClass(s.train()).get("c2")).isBetween(78L, 82L);
  }

  @Test
  void rowsKeepTheirInputOrderWithinASplit() {
    Splits s = EIGHTY_TEN_TEN.split(rows(50, 50), "y", 1);
    assertThat(s.train()).extracting(Row::line).isSorted();
    assertThat(s.test()).extracting(Row::line).isSorted();
  }

  @Test
  void sameSeedSameSplitsAndAnotherSeedOthers() {
    List<Row> rows = rows(70, 30);
    Splits a = EIGHTY_TEN_TEN.split(rows, "y", 7);
    Splits b = EIGHTY_TEN_TEN.split(rows, "y", 7);
    Splits c = EIGHTY_TEN_TEN.split(rows, "y", 8);

    assertThat(b).isEqualTo(a);
    assertThat(c.test()).isNotEqualTo(a.test());
  }

  @Test
  void everyClassGetsATrainRowEvenWhenTiny() {
    for (long seed = 0; seed < 50; seed++) {
      Splits s = EIGHTY_TEN_TEN.split(rows(1, 2, 3, 1, 3, 2, 3, 1, 1, 3), "y", seed);
      assertThat(countByClass(s.train())).hasSize(10);
      assertThat(s.size()).isEqualTo(20);
    }
  }

  @Test
  void tinyAndEmptyInputsDoNotFail() {
    assertThat(EIGHTY_TEN_TEN.split(rows(1), "y", 3).train()).hasSize(1);
    assertThat(EIGHTY_TEN_TEN.split(rows(), "y", 3).size()).isZero();
    assertThat(EIGHTY_TEN_TEN.split(rows(2), null, 3).train()).hasSize(2);
  }

  @Test
  void randomSplitIgnoresClasses() {
    Splits s = EIGHTY_TEN_TEN.split(rows(95, 5), null, 11);
    assertThat(List.of(s.train().size(), s.valid().size(), s.test().size()))
        .containsExactly(80, 10, 10);
  }
}
