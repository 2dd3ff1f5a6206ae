package dev.autolab.eval.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Row;
import dev.autolab.eval.edge.EdgeCase;
import dev.autolab.eval.edge.EdgeCases;
import dev.autolab.eval.quality.ScoredExamples;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlicingTest {
  private static Row row(int line, String text, String city) {
    Map<String, String> values = new HashMap<>();
    values.put("text", text);
    values.put("city", city);
    return new Row("t.csv", line, values);
  }

  @Test
  void slicesByTextLengthColumnAndMissingValues() {
    List<Row> rows =
        List.of(
            row(2, "short", "Oslo"),
            row(3, "x".repeat(120), "Oslo"),
            row(4, "x".repeat(120), null),
            row(5, "tiny", "Rome"));
    // The model gets the short texts right and the long ones wrong.
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b"),
            new int[] {0, 1, 1, 0},
            new double[][] {{0.9, 0.1}, {0.9, 0.1}, {0.8, 0.2}, {0.7, 0.3}});
    List<SliceMetrics> slices =
        Slicing.evaluate(
            List.of(
                new TextLengthSlicer(List.of("text")),
                new MissingValueSlicer(List.of("city")),
                ColumnSlicer.of("city", rows, Set.of("text", "city"))),
            rows,
            examples);
    assertThat(slices)
        .contains(
            new SliceMetrics("text_length", "1: under 50 chars", 2, 1.0, 1.0),
            new SliceMetrics("text_length", "2: 50-199 chars", 2, 0.0, 0.0),
            new SliceMetrics("city", "(missing)", 1, 0.0, 0.0),
            new SliceMetrics("city", "Rome", 1, 1.0, 1.0));
    assertThat(slices).anyMatch(s -> s.slice().equals("some missing") && s.n() == 1);
  }

  @Test
  void anUnknownSliceColumnIsBadInput() {
    assertThatThrownBy(() -> ColumnSlicer.of("town", List.of(), Set.of("city")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--slice-by town");
  }

  @Test
  void rareClassesAreThoseUnderHalfAnEvenShare() {
    assertThat(ClassFrequencySlicer.of(new int[] {60, 30, 5}).rareClasses()).containsExactly(2);
  }

  @Test
  void edgeCasesPutTheMostHesitantAndTheMostConfidentlyWrongFirst() {
    List<Row> rows = List.of(row(2, "a", "x"), row(3, "b", "x"), row(4, "c", "x"));
    ScoredExamples examples =
        new ScoredExamples(
            List.of("a", "b"),
            new int[] {0, 0, 1},
            new double[][] {{0.51, 0.49}, {0.01, 0.99}, {0.2, 0.8}});
    List<EdgeCase> cases = EdgeCases.find(rows, examples);
    assertThat(cases.get(0).kind()).isEqualTo("lowest_margin");
    assertThat(cases.get(0).line()).isEqualTo(2);
    EdgeCase worst = cases.stream().filter(c -> c.kind().equals("highest_loss")).findFirst().get();
    assertThat(worst.line()).isEqualTo(3);
    assertThat(worst.predicted()).isEqualTo("b");
  }
}
