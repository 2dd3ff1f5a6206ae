package dev.autolab.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.autolab.core.Event;
import dev.autolab.core.tracking.Artifact;
import dev.autolab.core.tracking.MetricPoint;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.core.tracking.RunSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteTrackingStoreTest {
  private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(T0, ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void recordsAndReadsBackARun() {
    try (SqliteTrackingStore store = SqliteTrackingStore.open(dir.resolve("autolab.db"))) {
      assertThat(store.journalMode()).isEqualToIgnoringCase("wal");
      store.startRun(new RunSummary("20261123-100000-abcd", "train", "running", T0, null, "r"));
      store.logParam("20261123-100000-abcd", "seed", "42");
      store.logMetric("20261123-100000-abcd", "valid.macro_f1", 1, 0.5);
      store.logMetric("20261123-100000-abcd", "valid.macro_f1", 2, 0.75);
      store.logEvent(
          "20261123-100000-abcd",
          Event.of(CLOCK, "race", "note", "best-on-valid", Map.of("macro_f1", 0.75), "kept"));
      store.logArtifact("20261123-100000-abcd", new Artifact("model/model.json", 10, "ab"));
      store.finishRun("20261123-100000-abcd", "finished", T0.plusSeconds(5));

      RunDetails run = store.findRun("20261123-100000").orElseThrow();
      assertThat(run.summary().status()).isEqualTo("finished");
      assertThat(run.summary().ended()).isEqualTo(T0.plusSeconds(5));
      assertThat(run.params()).containsEntry("seed", "42");
      assertThat(run.metrics().get("valid.macro_f1"))
          .containsExactly(new MetricPoint(1, 0.5), new MetricPoint(2, 0.75));
      assertThat(run.lastValue("valid.macro_f1")).isEqualTo(0.75);
      assertThat(run.events()).singleElement().extracting(Event::rule).isEqualTo("best-on-valid");
      assertThat(run.events().get(0).evidence()).containsEntry("macro_f1", 0.75);
      assertThat(run.artifacts()).containsExactly(new Artifact("model/model.json", 10, "ab"));
    }
  }

  @Test
  void aResumedRunIsRunningAgainWithWhatItLoggedAndAnUnknownOneIsRecorded() {
    try (SqliteTrackingStore store = SqliteTrackingStore.open(dir.resolve("autolab.db"))) {
      store.startRun(new RunSummary("a-1", "train", "running", T0, null, "a"));
      store.logParam("a-1", "seed", "42");
      store.finishRun("a-1", "interrupted", T0.plusSeconds(5));

      store.resumeRun(new RunSummary("a-1", "train", "running", T0, null, "a"));
      store.resumeRun(new RunSummary("b-1", "train", "running", T0, null, "b"));

      RunDetails resumed = store.findRun("a-1").orElseThrow();
      assertThat(resumed.summary().status()).isEqualTo("running");
      assertThat(resumed.summary().ended()).isNull();
      assertThat(resumed.summary().started()).isEqualTo(T0);
      assertThat(resumed.params()).containsEntry("seed", "42");
      assertThat(store.findRun("b-1").orElseThrow().summary().dir()).isEqualTo("b");
    }
  }

  @Test
  void aStepLoggedAgainReplacesItsValue() {
    try (SqliteTrackingStore store = SqliteTrackingStore.open(dir.resolve("autolab.db"))) {
      store.startRun(new RunSummary("a-1", "train", "running", T0, null, "a"));
      store.logMetric("a-1", "mlp.train.loss", 10, 0.9);
      store.logMetric("a-1", "mlp.train.loss", 20, 0.7);
      // Resumed: the trial trains again from its first step.
      store.logMetric("a-1", "mlp.train.loss", 10, 0.8);
      store.logMetric("a-1", "mlp.valid.loss", 10, 0.85);

      RunDetails run = store.findRun("a-1").orElseThrow();
      assertThat(run.metrics().get("mlp.train.loss"))
          .containsExactly(new MetricPoint(10, 0.8), new MetricPoint(20, 0.7));
      assertThat(run.metrics().get("mlp.valid.loss")).containsExactly(new MetricPoint(10, 0.85));
    }
  }

  @Test
  void listsNewestFirstAndSurvivesReopening() {
    Path file = dir.resolve("autolab.db");
    try (SqliteTrackingStore store = SqliteTrackingStore.open(file)) {
      store.startRun(new RunSummary("a-1", "train", "running", T0, null, "a"));
      store.startRun(new RunSummary("b-1", "prepare", "running", T0.plusSeconds(1), null, "b"));
    }
    try (SqliteTrackingStore store = SqliteTrackingStore.open(file)) {
      assertThat(store.listRuns()).extracting(RunSummary::id).containsExactly("b-1", "a-1");
      assertThat(store.findRun("missing")).isEmpty();
    }
  }

  @Test
  void anAmbiguousPrefixIsAnError() {
    try (SqliteTrackingStore store = SqliteTrackingStore.open(dir.resolve("autolab.db"))) {
      store.startRun(new RunSummary("run-1", "train", "running", T0, null, "a"));
      store.startRun(new RunSummary("run-2", "train", "running", T0, null, "b"));
      assertThatThrownBy(() -> store.findRun("run-")).hasMessageContaining("matches 2 runs");
      assertThat(store.findRun("run-2")).isPresent();
    }
  }
}
