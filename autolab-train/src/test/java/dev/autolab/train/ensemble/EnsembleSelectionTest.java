package dev.autolab.train.ensemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnsembleSelectionTest {
  private static final DatasetSchema SCHEMA =
      new DatasetSchema(
          List.of(new ColumnSchema("x", ColumnType.NUMERIC)),
          "y",
          Task.CLASSIFICATION,
          List.of("a", "b"));
  private static final List<Row> VALID = rows("a", "a", "b", "b");

  /** Each member alone gets one row of four wrong, a different one: half and half gets all four. */
  @Test
  void blendsMembersThatErrOnDifferentRowsAndLeavesOutAUselessOne() {
    List<List<Prediction>> answers =
        List.of(
            answers(0.9, 0.4, 0.1, 0.4), // wrong on row 1
            answers(0.4, 0.9, 0.4, 0.1), // wrong on row 0
            answers(0.1, 0.1, 0.9, 0.9)); // wrong everywhere

    EnsembleSelection.Selection selection =
        EnsembleSelection.select(SCHEMA, VALID, answers, Metric.ACCURACY);

    assertThat(selection.weights()).containsExactly(0.5, 0.5, 0.0);
    assertThat(selection.validScore()).isEqualTo(1.0);
    assertThat(selection.used()).isEqualTo(2);
  }

  /** A member that adds nothing is not picked: ties go to the earlier member and fewer picks. */
  @Test
  void identicalMembersLeaveTheFirstAlone() {
    List<List<Prediction>> answers =
        List.of(answers(0.9, 0.4, 0.1, 0.4), answers(0.9, 0.4, 0.1, 0.4));

    EnsembleSelection.Selection selection =
        EnsembleSelection.select(SCHEMA, VALID, answers, Metric.MACRO_F1);

    assertThat(selection.weights()).containsExactly(1.0, 0.0);
    assertThat(selection.used()).isEqualTo(1);
  }

  /** Log-loss is lower-is-better: the blend of two over-confident members lowers it. */
  @Test
  void followsTheMetricsDirection() {
    List<List<Prediction>> answers =
        List.of(answers(0.99, 0.2, 0.01, 0.2), answers(0.2, 0.99, 0.2, 0.01));

    EnsembleSelection.Selection selection =
        EnsembleSelection.select(SCHEMA, VALID, answers, Metric.LOG_LOSS);

    double alone =
        dev.autolab.train.Validation.metrics(SCHEMA, VALID, answers.get(0)).value(Metric.LOG_LOSS);
    assertThat(selection.used()).isEqualTo(2);
    assertThat(selection.validScore()).isLessThan(alone);
  }

  private static List<Prediction> answers(double... probabilityOfA) {
    List<Prediction> out = new ArrayList<>();
    for (double p : probabilityOfA) {
      out.add(Prediction.ofClass(SCHEMA.classes(), new double[] {p, 1 - p}));
    }
    return out;
  }

  private static List<Row> rows(String... labels) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < labels.length; i++) {
      rows.add(new Row("valid", i + 1, Map.of("x", Integer.toString(i), "y", labels[i])));
    }
    return rows;
  }
}
