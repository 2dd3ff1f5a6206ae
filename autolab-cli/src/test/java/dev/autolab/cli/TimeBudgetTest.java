package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code autolab train --time-budget}: a model is always delivered and the bound holds. */
class TimeBudgetTest {
  /**
   * Slack over the budget: after the deadline a neural loop finishes its step and validates once,
   * and the candidate is scored on validation. Generous because the build machine is shared.
   */
  private static final double SLACK_S = 5;

  @TempDir Path home;

  @Test
  void aTinyBudgetDeliversTheCheapestCandidateAndJournalsTheSkippedOnes() throws Exception {
    Path run = home.resolve("tiny");
    CliRunner.Result train = train(run, "--time-budget", "0.001");
    assertThat(train.exitCode()).as(train.err()).isZero();

    assertThat(run.resolve("model")).isDirectory();
    JsonNode runJson = Json.mapper().readTree(run.resolve("run.json").toFile());
    assertThat(runJson.at("/config/time_budget_s").asDouble()).isEqualTo(0.001);
    JsonNode plan = Json.mapper().readTree(run.resolve("plan.json").toFile());
    assertThat(plan.get("time_budget_s").asDouble()).isEqualTo(0.001);
    assertThat(plan.get("candidates").size()).isGreaterThan(1);
    // Every planned candidate but the one trained is skipped, and says so with its numbers.
    List<JsonNode> budget = timeBudgetEvents(run);
    assertThat(budget).hasSizeGreaterThanOrEqualTo(plan.get("candidates").size() - 1);
    for (JsonNode event : budget) {
      assertThat(event.get("stage").asText()).isEqualTo("race");
      assertThat(event.get("kind").asText()).isEqualTo("prune");
      assertThat(event.at("/evidence/budget_s").asDouble()).isEqualTo(0.001);
      assertThat(event.at("/evidence/elapsed_s").isNumber()).isTrue();
    }
    assertThat(runJson.at("/result/leaderboard").size()).isEqualTo(1);
  }

  @Test
  void aNeuralCandidateStopsAtTheDeadlineWithItsBestCheckpoint() throws Exception {
    Path run = home.resolve("mlp");
    // Patience that never runs out: only the budget can end this training.
    CliRunner.Result train =
        train(
            run,
            "--time-budget",
            "4s",
            "--set",
            "family=mlp",
            "--set",
            "max_epochs=100000",
            "--set",
            "patience=100000",
            "--set",
            "batch_size=8");
    assertThat(train.exitCode()).as(train.err()).isZero();

    JsonNode stopped =
        timeBudgetEvents(run).stream()
            .filter(e -> e.get("message").asText().contains("stopped at the deadline"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no deadline stop in " + timeBudgetEvents(run)));
    double elapsed = stopped.at("/evidence/elapsed_s").asDouble();
    assertThat(elapsed).isGreaterThanOrEqualTo(4.0).isLessThan(4.0 + SLACK_S);
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("model").asText()).isEqualTo("mlp");
    assertThat(evaluation.at("/metrics/accuracy").asDouble()).isGreaterThan(0.85);
    // No training after the deadline: the learning curve's fits are left out too.
    JsonNode runJson = Json.mapper().readTree(run.resolve("run.json").toFile());
    assertThat(runJson.at("/result/learning_curve").size()).isZero();
  }

  private CliRunner.Result train(Path run, String... extra) {
    return new CliRunner(home)
        .train(CliRunner.EXAMPLES.resolve("penguins.csv"), "Species", run, extra);
  }

  private static List<JsonNode> timeBudgetEvents(Path run) {
    try {
      return Files.readAllLines(run.resolve("journal.jsonl")).stream()
          .map(TimeBudgetTest::parse)
          .filter(e -> "time-budget".equals(e.path("rule").asText()))
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode parse(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
