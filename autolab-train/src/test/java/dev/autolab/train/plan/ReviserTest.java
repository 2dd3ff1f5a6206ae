package dev.autolab.train.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import dev.autolab.core.Task;
import dev.autolab.train.TrainingData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviserTest {
  private static final DatasetSchema TABLE =
      new DatasetSchema(
          List.of(new ColumnSchema("x", ColumnType.NUMERIC)),
          "y",
          Task.CLASSIFICATION,
          List.of("common", "rare"));
  private static final DatasetSchema TEXT =
      new DatasetSchema(
          List.of(new ColumnSchema("text", ColumnType.TEXT)),
          "y",
          Task.CLASSIFICATION,
          List.of("ham", "spam"));

  private final Planner planner = new Planner();

  @Test
  void aWeakClassIsOversampledWeightedUpAndGetsTunedDecisionsWithReasons() {
    Plan plan = planner.plan(TABLE, 500, Map.of());
    Revision revision =
        planner.revise(
            plan,
            TABLE,
            List.of(
                new Weakness(Weakness.Kind.WEAK_CLASS, "rare", "recall of 'rare' 0.1 < 0.3", 0.3)));
    assertThat(revision.treatment().oversample()).containsExactly("rare");
    assertThat(revision.treatment().tuneDecision()).isTrue();
    assertThat(revision.treatment().minRecall()).isEqualTo(0.3);
    assertThat(revision.treatment().augmentText()).isFalse();
    Candidate xgboost = revision.plan().candidates().get(0);
    assertThat(xgboost.params().get("class_weights"))
        .isEqualTo(List.of("sqrt_balanced", "balanced"));
    assertThat(xgboost.reasons()).extracting(Reason::rule).contains("revise-weak-class");
    assertThat(revision.reasons().get(0).message()).contains("recall of 'rare' 0.1 < 0.3");
  }

  @Test
  void brittlenessAugmentsTextButNotTables() {
    Weakness brittle = new Weakness(Weakness.Kind.BRITTLE, "typos", "drop 0.2 > 0.1");
    assertThat(
            planner
                .revise(planner.plan(TEXT, 500, Map.of()), TEXT, List.of(brittle))
                .treatment()
                .augmentText())
        .isTrue();
    // Tables have no remedy for brittleness yet: nothing changes, so no round is spent on it.
    Plan table = planner.plan(TABLE, 500, Map.of());
    Revision unchanged = planner.revise(table, TABLE, List.of(brittle));
    assertThat(unchanged.treatment().isNone()).isTrue();
    assertThat(unchanged.plan()).isEqualTo(table);
  }

  @Test
  void slownessPicksTheSmallerModel() {
    Revision revision =
        planner.revise(
            planner.plan(TEXT, 500, Map.of()),
            TEXT,
            List.of(new Weakness(Weakness.Kind.SLOW, null, "p95 120 ms > 100 ms")));
    assertThat(revision.plan().candidates().get(0).params()).containsEntry("char_max_n", 0);
  }

  @Test
  void treatmentsRepeatWeakClassRowsAndAugmentTextsOnTheTrainingSplitOnly() {
    List<Row> train =
        List.of(
            new Row("t", 1, Map.of("text", "hello there friend", "y", "ham")),
            new Row("t", 2, Map.of("text", "win money now", "y", "spam")));
    List<Row> valid = List.of(new Row("v", 1, Map.of("text", "see you", "y", "ham")));
    TrainingData data = new TrainingData(TEXT, train, valid);
    TrainingData treated =
        Treatments.apply(new DataTreatment(List.of("spam"), 2, true, false, null), data, 1);
    // 2 rows + 1 repeated spam + 2 augmented copies.
    assertThat(treated.train()).hasSize(5);
    assertThat(treated.train().stream().filter(r -> r.get("y").equals("spam"))).hasSize(3);
    assertThat(treated.valid()).isEqualTo(valid);
  }
}
