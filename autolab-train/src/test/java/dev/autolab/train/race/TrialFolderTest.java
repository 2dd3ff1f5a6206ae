package dev.autolab.train.race;

import static org.assertj.core.api.Assertions.assertThat;

import dev.autolab.core.Event;
import dev.autolab.core.Json;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.train.Families;
import dev.autolab.train.Prediction;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainedModel;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.TrainingData;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The folder a race keeps its finished trials in, and a race resumed from it. */
class TrialFolderTest {
  private static final TrainingData DATA = SyntheticData.table(Task.CLASSIFICATION, 200, 80, 7);
  private static final Candidate LINEAR =
      new Candidate("linear", "linear", Map.of("c", 1.0, "max_iterations", 50), List.of());

  @TempDir Path dir;

  @Test
  void aKeptTrialComesBackWithItsStandingAndTheSamePredictions() {
    TrialFolder folder = new TrialFolder(dir);
    TrainedModel model = fit(LINEAR);
    Standing standing = new Standing("linear", "linear", 0.75, 1.5, 2.25);

    folder.save(LINEAR, model, standing);
    TrialStore.StoredTrial kept = folder.find(LINEAR).orElseThrow();

    assertThat(kept.standing()).isEqualTo(standing);
    assertThat(kept.location()).isEqualTo(dir.resolve("linear").toString());
    assertThat(probabilities(kept.model())).isDeepEqualTo(probabilities(model));
    assertThat(dir.resolve("linear/model/model.json")).isRegularFile();
    assertThat(Json.read(dir.resolve("linear/trial.json"), Map.class))
        .containsEntry("schemaVersion", TrialFolder.SCHEMA_VERSION)
        .containsEntry("candidate", "linear");
    assertThat(folder.size()).isEqualTo(1);
    assertThat(folder.latestFinish()).isEqualTo(2.25);
  }

  @Test
  void aTrialCutShortOrOfAnotherCandidateIsNotFound() throws IOException {
    TrialFolder folder = new TrialFolder(dir);
    folder.save(LINEAR, fit(LINEAR), new Standing("linear", "linear", 0.75, 1.5, 2.25));
    Candidate otherSettings =
        new Candidate("linear", "linear", Map.of("c", 10.0, "max_iterations", 50), List.of());
    Candidate otherFamily = new Candidate("linear", "xgboost", LINEAR.params(), List.of());

    assertThat(folder.find(otherSettings)).isEmpty();
    assertThat(folder.find(otherFamily)).isEmpty();
    assertThat(folder.find(new Candidate("other", "linear", LINEAR.params(), List.of()))).isEmpty();

    // Killed while saving: the model is there, trial.json (written last) is not.
    Files.delete(dir.resolve("linear/trial.json"));
    assertThat(folder.find(LINEAR)).isEmpty();
    assertThat(folder.size()).isZero();
    assertThat(folder.latestFinish()).isZero();
    assertThat(new TrialFolder(dir.resolve("never-made")).find(LINEAR)).isEmpty();
  }

  @Test
  void candidateNamesBecomePlainFolderNames() {
    assertThat(TrialFolder.folderName("mlp-fast")).isEqualTo("mlp-fast");
    assertThat(TrialFolder.folderName("a/b c")).isEqualTo("a_b_c");
    assertThat(TrialFolder.folderName("..")).isEqualTo("_..");
  }

  /**
   * A race over a store keeps every trial; raced again over it, it restores them all without
   * training (journalled as {@code resume}); with one trial deleted, it trains only that one. The
   * winner and the leaderboard are the same each time.
   */
  @Test
  void aRaceOverAStoreRestoresItsKeptTrialsAndTrainsOnlyTheMissingOnes() throws IOException {
    Candidate weak =
        new Candidate(
            "weak",
            "linear",
            Map.of("solver", "logistic", "c", 1e-6, "class_weight", "none", "temperature", 1.0),
            List.of());
    Plan plan = Plan.of(List.of(weak, LINEAR));
    TrialFolder folder = new TrialFolder(dir);

    List<Event> first = new ArrayList<>();
    RaceResult straight = new Race(folder).run(plan, DATA, context(first));
    assertThat(folder.size()).isEqualTo(2);
    assertThat(rules(first, "trial-result")).containsExactly("weak", "linear");

    List<Event> second = new ArrayList<>();
    RaceResult restored = new Race(folder).run(plan, DATA, context(second));
    assertThat(rules(second, "resume")).containsExactly("weak", "linear");
    assertThat(rules(second, "trial-result")).isEmpty();
    assertThat(restored.bestCandidate()).isEqualTo(straight.bestCandidate());
    assertThat(restored.leaderboard()).isEqualTo(straight.leaderboard());
    assertThat(probabilities(restored.best())).isDeepEqualTo(probabilities(straight.best()));

    Files.delete(dir.resolve("weak/trial.json"));
    List<Event> third = new ArrayList<>();
    RaceResult resumed = new Race(folder).run(plan, DATA, context(third));
    assertThat(rules(third, "resume")).containsExactly("linear");
    assertThat(rules(third, "trial-result")).containsExactly("weak");
    assertThat(resumed.bestCandidate()).isEqualTo(straight.bestCandidate());
    assertThat(resumed.leaderboard())
        .extracting(Standing::candidate)
        .containsExactlyElementsOf(
            straight.leaderboard().stream().map(Standing::candidate).toList());
    // The retrained trial finishes after the restored one: the race goes on from where it was.
    Standing linear = standingOf(resumed, "linear");
    assertThat(standingOf(resumed, "weak").finishedSeconds())
        .isGreaterThan(linear.finishedSeconds());
  }

  private static Standing standingOf(RaceResult result, String candidate) {
    return result.leaderboard().stream()
        .filter(s -> s.candidate().equals(candidate))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> rules(List<Event> events, String rule) {
    return events.stream().filter(e -> rule.equals(e.rule())).map(Event::trial).toList();
  }

  private static TrainingContext context(List<Event> events) {
    return new TrainingContext(
        3,
        Metric.MACRO_F1,
        ProgressListener.NONE,
        events::add,
        MetricSink.NONE,
        Clock.systemUTC(),
        Map.of());
  }

  private static TrainedModel fit(Candidate candidate) {
    return Families.trainer(candidate.family(), candidate.params())
        .fit(DATA, TrainingContext.quiet(3, Metric.MACRO_F1));
  }

  private static double[][] probabilities(TrainedModel model) {
    return model.predict(DATA.valid()).stream()
        .map(Prediction::probabilities)
        .toArray(double[][]::new);
  }
}
