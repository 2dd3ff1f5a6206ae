package dev.autolab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link Trainer} promises; each family's test extends this with its data. */
public abstract class TrainerContractTest {
  @TempDir Path dir;

  /** The trainer under test, configured as the planner would. */
  protected abstract Trainer trainer();

  /** Data it should learn well. */
  protected abstract TrainingData data();

  /** The validation score (on the task's default metric) a sensible model reaches. */
  protected abstract double sensibleScore();

  protected TrainingContext context() {
    return TrainingContext.quiet(42, Metric.defaultFor(data().schema().task()));
  }

  @Test
  void learnsTheSignal() {
    TrainingData data = data();
    TrainedModel model = trainer().fit(data, context());
    Metric metric = context().metric();
    double score = Validation.metrics(model, data.valid()).value(metric);
    if (metric.higherIsBetter()) {
      assertThat(score).isGreaterThanOrEqualTo(sensibleScore());
    } else {
      assertThat(score).isLessThanOrEqualTo(sensibleScore());
    }
    assertThat(model.family()).isEqualTo(trainer().family());
  }

  @Test
  void predictionsAreWellFormed() {
    TrainingData data = data();
    List<Prediction> predictions = trainer().fit(data, context()).predict(data.valid());
    assertThat(predictions).hasSize(data.valid().size());
    for (Prediction p : predictions) {
      if (data.schema().task() == Task.REGRESSION) {
        assertThat(p.label()).isNull();
        assertThat(p.probabilities()).isNull();
        assertThat(p.value()).isFinite();
      } else {
        assertThat(p.value()).isNaN();
        assertThat(p.probabilities()).hasSize(data.schema().classes().size());
        assertThat(java.util.Arrays.stream(p.probabilities()).sum()).isCloseTo(1.0, within(1e-9));
        for (double v : p.probabilities()) {
          assertThat(v).isBetween(0.0, 1.0);
        }
        int best = dev.autolab.eval.Evaluator.argMax(p.probabilities());
        assertThat(p.label()).isEqualTo(data.schema().classes().get(best));
      }
    }
  }

  @Test
  void savedModelPredictsBitForBitTheSame() throws IOException {
    TrainingData data = data();
    TrainedModel model = trainer().fit(data, context());
    model.save(dir);
    TrainedModel loaded = ModelLoader.load(dir);
    assertThat(loaded.family()).isEqualTo(model.family());
    assertThat(loaded.schema()).isEqualTo(model.schema());
    assertSamePredictions(loaded.predict(data.valid()), model.predict(data.valid()));
    JsonNode manifest = Json.mapper().readTree(dir.resolve("model.json").toFile());
    assertThat(manifest.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(manifest.get("family").asText()).isEqualTo(model.family());
    assertThat(manifest.get("hyperparameters").size()).isEqualTo(model.hyperparameters().size());
  }

  @Test
  void fitsTheSameTwiceForOneSeed() {
    TrainingData data = data();
    assertSamePredictions(
        trainer().fit(data, context()).predict(data.valid()),
        trainer().fit(data, context()).predict(data.valid()));
  }

  @Test
  void hyperparametersRefitWithoutValidation() {
    TrainingData data = data();
    TrainedModel chosen = trainer().fit(data, context());
    Trainer fixed = Families.trainer(chosen.family(), chosen.hyperparameters());
    TrainingData all = new TrainingData(data.schema(), data.trainAndValid(), List.of());
    TrainedModel refitted = fixed.fit(all, context());
    assertThat(refitted.predict(data.valid())).hasSize(data.valid().size());
    assertThat(refitted.hyperparameters()).isEqualTo(chosen.hyperparameters());
  }

  protected static void assertSamePredictions(List<Prediction> actual, List<Prediction> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      Prediction a = actual.get(i);
      Prediction e = expected.get(i);
      assertThat(a.label()).isEqualTo(e.label());
      assertThat(a.probabilities()).isEqualTo(e.probabilities());
      assertThat(Double.doubleToLongBits(a.value())).isEqualTo(Double.doubleToLongBits(e.value()));
    }
  }
}
