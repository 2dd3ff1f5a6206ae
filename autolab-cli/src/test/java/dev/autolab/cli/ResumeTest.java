package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code autolab train --resume RUN}: a run interrupted after some of its trials finishes with the
 * result of a straight run, restoring the trials it kept instead of training them again.
 */
class ResumeTest {
  @TempDir Path home;

  /**
   * Penguins trains four candidates (linear, xgboost, and the twins mlp and mlp-fast raced in
   * rungs); all score 1.0 on validation, so linear wins as the earliest. The run is then made to
   * look killed after xgboost and mlp were kept: the winner and one twin are retrained, the twin
   * alone without rungs, and the test metrics are the straight run's.
   */
  @Test
  void anInterruptedRunResumesFromItsKeptTrialsToTheStraightRunsResult() throws IOException {
    Path data = Files.copy(CliRunner.EXAMPLES.resolve("penguins.csv"), home.resolve("p.csv"));
    Path run = home.resolve("run");
    CliRunner cli = new CliRunner(home);
    CliRunner.Result straight = cli.train(data, "Species", run);
    assertThat(straight.exitCode()).as(straight.err()).isZero();
    JsonNode straightMetrics = read(run.resolve("evaluation.json")).get("metrics");
    for (String trial : List.of("linear", "xgboost", "mlp", "mlp-fast")) {
      assertThat(run.resolve("trials/round-1/" + trial + "/trial.json")).isRegularFile();
      assertThat(run.resolve("trials/round-1/" + trial + "/model/model.json")).isRegularFile();
    }
    String id = read(run.resolve("run.json")).get("id").asText();

    CliRunner.Result finished = cli.run("train", "--resume", run.toString());
    assertThat(finished.exitCode()).isEqualTo(2);
    assertThat(finished.err()).contains("already finished").contains("autolab reproduce");

    interrupt(run, "linear", "mlp-fast");
    CliRunner.Result resumed = cli.run("train", "--resume", id);
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();

    List<JsonNode> after = eventsSinceResume(run);
    assertThat(after.get(0).at("/evidence/kept_trials").asInt()).isEqualTo(2);
    assertThat(trials(after, "resume")).containsExactlyInAnyOrder("xgboost", "mlp");
    assertThat(trials(after, "trial-result")).containsExactlyInAnyOrder("linear", "mlp-fast");
    // One neural candidate left to train: no successive halving.
    assertThat(trials(after, "successive-halving")).isEmpty();
    assertThat(read(run.resolve("evaluation.json")).get("metrics")).isEqualTo(straightMetrics);
    JsonNode runJson = read(run.resolve("run.json"));
    assertThat(runJson.get("id").asText()).isEqualTo(id);
    assertThat(runJson.get("status").asText()).isEqualTo("finished");
    assertThat(runJson.get("resumed").size()).isEqualTo(1);
    assertThat(runJson.at("/result/leaderboard").size()).isEqualTo(4);
    assertThat(run.resolve("trials/round-1/linear/trial.json")).isRegularFile();

    // Interrupted again, but the data file changed meanwhile: refused, the run left as it was.
    interrupt(run, "linear");
    List<String> lines = Files.readAllLines(data);
    Files.write(data, lines.subList(0, lines.size() - 1));
    CliRunner.Result changed = cli.run("train", "--resume", run.toString());
    assertThat(changed.exitCode()).isEqualTo(2);
    assertThat(changed.err()).contains("the data changed").doesNotContain("\tat ");
    assertThat(read(run.resolve("run.json")).get("status").asText()).isEqualTo("running");
  }

  /**
   * A run started elsewhere recorded its --gates as typed, relative to that folder; the resume
   * reads the path resolved when the run started, so the same gates apply from any folder.
   */
  @Test
  void theGatesFileIsFoundFromAnyFolderTheRunResumesIn() throws IOException {
    Path data = Files.copy(CliRunner.EXAMPLES.resolve("penguins.csv"), home.resolve("p.csv"));
    // A gate the penguins model cannot pass, so that the verdict shows these gates were read.
    Path gates = Files.writeString(home.resolve("strict.yaml"), "macro_f1_min: 1.01\n");
    Path run = home.resolve("gated");
    CliRunner cli = new CliRunner(home);
    CliRunner.Result first = cli.train(data, "Species", run, "--gates", gates.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    ObjectNode runJson = (ObjectNode) read(run.resolve("run.json"));
    assertThat(runJson.at("/config/gates").asText()).isEqualTo(gates.toString());
    // As if typed in the folder that held it: relative to a folder this process is not in.
    com.fasterxml.jackson.databind.node.ArrayNode args =
        (com.fasterxml.jackson.databind.node.ArrayNode) runJson.get("args");
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).asText().equals(gates.toString())) {
        args.set(i, runJson.textNode("strict.yaml"));
      }
    }
    Json.write(run.resolve("run.json"), runJson);
    interrupt(run, "linear");

    CliRunner.Result resumed = cli.run("train", "--resume", run.toString());
    assertThat(resumed.exitCode()).as(resumed.err()).isZero();
    JsonNode evaluation = read(run.resolve("evaluation.json"));
    assertThat(evaluation.get("verdict").asText()).isEqualTo("failed");
    assertThat(evaluation.at("/gates/source").asText()).isEqualTo(gates.toString());
  }

  @Test
  void dataOrOptionsBesideResumeAndFoldersThatHoldNoRunAreBadUsage() throws IOException {
    CliRunner cli = new CliRunner(home);
    String somewhere = home.toString();
    CliRunner.Result withData = cli.run("train", "x.csv", "--resume", somewhere);
    assertThat(withData.exitCode()).isEqualTo(2);
    assertThat(withData.err().strip()).startsWith("autolab: DATA cannot be given with --resume");
    CliRunner.Result withOut = cli.run("train", "--resume", somewhere, "--out", somewhere);
    assertThat(withOut.exitCode()).isEqualTo(2);
    assertThat(withOut.err().strip()).startsWith("autolab: --out cannot be given with --resume");
    CliRunner.Result withTarget = cli.run("train", "--resume", somewhere, "--target", "y");
    assertThat(withTarget.exitCode()).isEqualTo(2);
    assertThat(withTarget.err()).contains("--target cannot be given with --resume");
    CliRunner.Result noRun = cli.run("train", "--resume", somewhere);
    assertThat(noRun.exitCode()).isEqualTo(2);
    assertThat(noRun.err().strip().lines()).hasSize(1);
    assertThat(noRun.err()).contains("is not a run folder").contains("autolab runs list");
    Path prepared = home.resolve("prepared");
    CliRunner.Result prepare =
        cli.run(
            "prepare",
            CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
            "--target",
            "Species",
            "--out",
            prepared.toString());
    assertThat(prepare.exitCode()).as(prepare.err()).isZero();
    CliRunner.Result notTrain = cli.run("train", "--resume", prepared.toString());
    assertThat(notTrain.exitCode()).isEqualTo(2);
    assertThat(notTrain.err()).contains("only a training run resumes");
    CliRunner.Result noData = cli.run("train", "--target", "Species");
    assertThat(noData.exitCode()).isEqualTo(2);
    assertThat(noData.err()).startsWith("autolab: missing DATA");
  }

  /**
   * Makes a finished run look killed mid-race: the trials of {@code lost} were not kept, run.json
   * still says running, and nothing after the race was written.
   */
  private static void interrupt(Path run, String... lost) throws IOException {
    for (String trial : lost) {
      deleteRecursively(run.resolve("trials/round-1/" + trial));
    }
    ObjectNode runJson = (ObjectNode) read(run.resolve("run.json"));
    runJson.put("status", "running");
    runJson.remove("ended");
    runJson.remove("result");
    Json.write(run.resolve("run.json"), runJson);
    Files.delete(run.resolve("evaluation.json"));
  }

  /** The journal from the resumed run's first note on. */
  private static List<JsonNode> eventsSinceResume(Path run) throws IOException {
    List<JsonNode> events =
        Files.readAllLines(run.resolve("journal.jsonl")).stream().map(ResumeTest::parse).toList();
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i).path("rule").asText().equals("resume") && !events.get(i).has("trial")) {
        return events.subList(i, events.size());
      }
    }
    throw new AssertionError("no note that the run resumed in " + run.resolve("journal.jsonl"));
  }

  private static List<String> trials(List<JsonNode> events, String rule) {
    return events.stream()
        .filter(e -> rule.equals(e.path("rule").asText()) && e.has("trial"))
        .map(e -> e.get("trial").asText())
        .toList();
  }

  private static JsonNode read(Path file) throws IOException {
    return Json.mapper().readTree(file.toFile());
  }

  private static JsonNode parse(String line) {
    try {
      return Json.mapper().readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteRecursively(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
