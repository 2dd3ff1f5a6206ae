package dev.autolab.train.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.ColumnSchema;
import dev.autolab.core.ColumnType;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Json;
import dev.autolab.core.Task;
import dev.autolab.train.model.Params;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlannerTest {
  private static final ColumnSchema TEXT = new ColumnSchema("text", ColumnType.TEXT);
  private static final ColumnSchema AGE = new ColumnSchema("age", ColumnType.NUMERIC);
  private static final ColumnSchema CITY = new ColumnSchema("city", ColumnType.CATEGORICAL);

  private final Planner planner = new Planner();

  @Test
  void textColumnsMakeATextPlan() {
    Plan plan = planner.plan(classification(TEXT, AGE), 1000, Map.of());
    assertThat(plan.candidates()).extracting(Candidate::family).containsExactly("tfidf-linear");
    Candidate candidate = plan.candidates().get(0);
    assertThat(candidate.reasons())
        .extracting(Reason::rule)
        .contains("text-columns", "task-loss", "refit");
    assertThat(candidate.params()).containsEntry("refit", true).containsKey("c_svm");
  }

  @Test
  void aLargeTrainingSetIsNotRefittedUnlessAsked() {
    Candidate large = planner.plan(classification(TEXT), 60_000, Map.of()).candidates().get(0);
    Candidate asked =
        planner.plan(classification(TEXT), 60_000, Map.of("refit", "true")).candidates().get(0);
    assertThat(large.params()).containsEntry("refit", false);
    assertThat(large.reasons()).extracting(Reason::message).anyMatch(r -> r.contains("60,000"));
    assertThat(new Params(asked.params()).flag("refit", false)).isTrue();
  }

  @Test
  void manyTextsKeepWordNgramsOnly() {
    Candidate small = planner.plan(classification(TEXT), 5_000, Map.of()).candidates().get(0);
    Candidate large = planner.plan(classification(TEXT), 500_000, Map.of()).candidates().get(0);
    assertThat(small.params()).doesNotContainKey("char_max_n");
    assertThat(large.params()).containsEntry("char_max_n", 0);
    assertThat(large.reasons()).extracting(Reason::rule).contains("data-size");
  }

  @Test
  void tablesRaceTreesAgainstALinearBaseline() {
    Plan plan = planner.plan(classification(AGE, CITY), 1000, Map.of());
    assertThat(plan.candidates())
        .extracting(Candidate::family)
        .containsExactly("xgboost", "linear");
    assertThat(plan.candidates().get(0).params()).containsEntry("objective", "binary:logistic");
    assertThat(plan.candidates().get(1).params()).containsEntry("solvers", List.of("logistic"));
    assertThat(plan.candidates().get(0).params())
        .containsEntry("class_weights", List.of("none", "sqrt_balanced"));
  }

  @Test
  void regressionPicksSquaredLosses() {
    DatasetSchema schema =
        new DatasetSchema(List.of(AGE, CITY), "price", Task.REGRESSION, List.of());
    Plan plan = planner.plan(schema, 1000, Map.of());
    assertThat(plan.candidates().get(0).params())
        .containsEntry("objective", "reg:squarederror")
        .doesNotContainKey("class_weights");
    assertThat(plan.candidates().get(1).params()).containsEntry("solvers", List.of("ridge"));
  }

  @Test
  void multiClassTreesUseSoftmax() {
    DatasetSchema schema =
        new DatasetSchema(List.of(AGE), "kind", Task.CLASSIFICATION, List.of("a", "b", "c"));
    assertThat(planner.plan(schema, 100, Map.of()).candidates().get(0).params())
        .containsEntry("objective", "multi:softprob");
  }

  @Test
  void familyOverrideKeepsOnlyThatFamily() {
    Plan plan = planner.plan(classification(AGE, CITY), 1000, Map.of("family", "linear"));
    assertThat(plan.candidates()).extracting(Candidate::family).containsExactly("linear");
    assertThat(plan.candidates().get(0).reasons())
        .extracting(Reason::rule)
        .contains("override-family");
  }

  @Test
  void familyOverrideCanAddAFamilyTheRulesSkipped() {
    Plan plan = planner.plan(classification(TEXT, AGE), 1000, Map.of("family", "xgboost"));
    Candidate candidate = plan.candidates().get(0);
    assertThat(candidate.family()).isEqualTo("xgboost");
    assertThat(candidate.params()).containsKeys("objective", "max_depths", "refit");
  }

  @Test
  void unknownFamilyListsTheValidOnes() {
    assertThatThrownBy(() -> planner.plan(classification(AGE), 10, Map.of("family", "forest")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("forest")
        .hasMessageContaining("tfidf-linear, xgboost, linear");
  }

  @Test
  void familyThatCannotReadTheColumnsIsBadInput() {
    assertThatThrownBy(
            () -> planner.plan(classification(AGE), 10, Map.of("family", "tfidf-linear")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("tfidf-linear");
  }

  @Test
  void learningRateOverrideReachesTheTrees() {
    Plan plan =
        planner.plan(classification(AGE), 100, Map.of("learning_rate", "0.2", "epochs", "3"));
    Candidate trees = plan.candidates().get(0);
    assertThat(trees.params()).containsEntry("learning_rate", 0.2);
    assertThat(trees.reasons()).extracting(Reason::rule).contains("override-values");
    assertThatThrownBy(
            () -> planner.plan(classification(AGE), 100, Map.of("learning_rate", "fast")))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void theTreesRateDecayCanBeSwitchedOff() {
    Plan plan = planner.plan(classification(AGE), 100, Map.of("learning_rate_decay", "false"));
    Candidate trees =
        plan.candidates().stream().filter(c -> c.family().equals("xgboost")).findFirst().get();
    assertThat(trees.params()).containsEntry("learning_rate_decay", false);
    assertThatThrownBy(
            () -> planner.plan(classification(AGE), 100, Map.of("learning_rate_decay", "maybe")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("true or false");
  }

  @Test
  void theTreesSettingsCanTrainInFullInsteadOfRacing() {
    Plan plan = planner.plan(classification(AGE), 100, Map.of("successive_halving", "false"));
    Candidate trees =
        plan.candidates().stream().filter(c -> c.family().equals("xgboost")).findFirst().get();
    assertThat(new Params(trees.params()).flag("successive_halving", true)).isFalse();
    assertThat(trees.reasons()).extracting(Reason::rule).contains("override-values");
  }

  @Test
  void anUnknownKeyIsRefusedWithTheKeyItMostLikelyMeant() {
    assertThatThrownBy(() -> planner.plan(classification(AGE), 100, Map.of("learning-rate", "0.1")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--set learning-rate=0.1: unknown key")
        .hasMessageContaining("did you mean learning_rate?")
        .hasMessageContaining("batch_size, dropout, ensemble, epochs");
    assertThatThrownBy(() -> planner.plan(classification(AGE), 100, Map.of("epoch", "3")))
        .hasMessageContaining("did you mean epochs?");
    assertThatThrownBy(() -> planner.plan(classification(AGE), 100, Map.of("colour", "red")))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("--set colour=red: unknown key;")
        .hasMessageNotContaining("did you mean");
  }

  @Test
  void planSerialisesWithItsReasons() {
    String json = Json.line(planner.plan(classification(AGE), 100, Map.of()));
    assertThat(json)
        .startsWith("{\"schemaVersion\":1,\"candidates\":[")
        .contains("\"rule\":\"tabular-columns\"");
  }

  private static DatasetSchema classification(ColumnSchema... columns) {
    return new DatasetSchema(List.of(columns), "label", Task.CLASSIFICATION, List.of("no", "yes"));
  }
}
