package dev.autolab.train.ensemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Families;
import dev.autolab.train.ModelLoader;
import dev.autolab.train.Prediction;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.model.ModelManifest;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleModelTest {
  @TempDir Path dir;

  private static List<TrainedModel> members(TrainingData data) {
    TrainingContext context = TrainingContext.quiet(7, Metric.defaultFor(data.schema().task()));
    return List.of(
        Families.trainer("linear", Map.of()).fit(data, context),
        Families.trainer("xgboost", Map.of()).fit(data, context));
  }

  @Test
  void predictsTheWeightedMeanOfItsMembersProbabilities() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 200, 60, 3);
    List<TrainedModel> members = members(data);
    EnsembleModel ensemble =
        new EnsembleModel(members, new double[] {0.25, 0.75}, List.of("linear", "xgboost"));

    List<Prediction> blended = ensemble.predict(data.valid());
    List<Prediction> first = members.get(0).predict(data.valid());
    List<Prediction> second = members.get(1).predict(data.valid());
    for (int i = 0; i < blended.size(); i++) {
      double[] p = blended.get(i).probabilities();
      for (int k = 0; k < p.length; k++) {
        assertThat(p[k])
            .isCloseTo(
                0.25 * first.get(i).probabilities()[k] + 0.75 * second.get(i).probabilities()[k],
                org.assertj.core.data.Offset.offset(1e-12));
      }
    }
  }

  @Test
  void savesEachMemberInItsOwnFolderAndLoadsBackTheSamePredictions() {
    TrainingData data = SyntheticData.table(Task.REGRESSION, 200, 60, 3);
    EnsembleModel ensemble =
        new EnsembleModel(members(data), new double[] {0.5, 0.5}, List.of("lin", "trees"));

    ensemble.save(dir);
    TrainedModel loaded = ModelLoader.load(dir);

    assertThat(loaded).isInstanceOf(EnsembleModel.class);
    assertThat(loaded.family()).isEqualTo("ensemble");
    assertThat(EnsembleModel.memberDir(dir, 0).resolve("model.json")).isRegularFile();
    assertThat(EnsembleModel.memberDir(dir, 1).resolve("model.json")).isRegularFile();
    List<Prediction> before = ensemble.predict(data.valid());
    List<Prediction> after = loaded.predict(data.valid());
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).value()).isEqualTo(before.get(i).value());
    }
  }

  /**
   * The hyperparameters, as read back from model.json, configure a trainer that fits the same
   * members with the same weights: what out-of-fold predictions and learning curves refit.
   */
  @Test
  void itsHyperparametersRefitTheSameBlend() {
    TrainingData data = SyntheticData.table(Task.CLASSIFICATION, 200, 60, 3);
    EnsembleModel ensemble =
        new EnsembleModel(members(data), new double[] {0.4, 0.6}, List.of("lin", "trees"));
    ensemble.save(dir);
    Map<String, Object> read = ModelManifest.read(dir).hyperparameters();

    TrainedModel refitted =
        Families.trainer("ensemble", read)
            .fit(
                new TrainingData(data.schema(), data.trainAndValid(), List.of()),
                TrainingContext.quiet(7, Metric.MACRO_F1));

    EnsembleModel again = (EnsembleModel) refitted;
    assertThat(again.weights()).containsExactly(0.4, 0.6);
    assertThat(again.members())
        .extracting(TrainedModel::family)
        .containsExactly("linear", "xgboost");
    assertThat(again.hyperparameters().toString()).contains("name=lin", "name=trees");
  }

  @Test
  void anEnsembleWithoutMembersIsRefusedWithTheReason() {
    assertThatThrownBy(() -> Families.trainer("ensemble", Map.of()))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("members");
    Map<String, Object> member =
        Map.of("family", "linear", "weight", 0.7, "hyperparameters", Map.of());
    assertThatThrownBy(
            () -> Families.trainer("ensemble", Map.of("members", List.of(member, member))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("must add up to 1, these add up to 1.4");
  }
}
