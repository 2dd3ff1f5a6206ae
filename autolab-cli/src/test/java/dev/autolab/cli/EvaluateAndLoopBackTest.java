package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Gates that fail send training back to the planner for a bounded second round, and a model that
 * still fails is delivered marked as failing; {@code autolab evaluate} then evaluates the package
 * alone with slices and a control set.
 */
class EvaluateAndLoopBackTest {
  @TempDir Path home;

  @Test
  void failingGatesLoopBackOnceThenTheModelIsMarkedFailingAndCanBeEvaluatedAlone()
      throws Exception {
    CliRunner cli = new CliRunner(home);
    // No model reaches a class recall above 1: the gate fails in every round.
    Path gates = home.resolve("gates.yaml");
    Files.writeString(gates, "min_class_recall: 1.01\n");
    Path run = home.resolve("run");
    CliRunner.Result train =
        cli.run(
            "train",
            CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
            "--target",
            "Species",
            "--gates",
            gates.toString(),
            "--attack-rows",
            "0",
            "--out",
            run.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out()).contains("verdict FAILED").contains("FAILED recall of");

    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("verdict").asText()).isEqualTo("failed");
    assertThat(evaluation.at("/metrics/macro_f1").isNumber()).isTrue();
    assertThat(evaluation.at("/gates/results/0/threshold").isNumber()).isTrue();
    assertThat(evaluation.at("/analysis/intervals/macro_f1/low").isNumber()).isTrue();
    assertThat(evaluation.at("/latency/one_thread/p95_ms").isNumber()).isTrue();
    JsonNode runJson = Json.mapper().readTree(run.resolve("run.json").toFile());
    assertThat(runJson.at("/result/verdict").asText()).isEqualTo("failed");
    assertThat(runJson.at("/result/rounds")).hasSize(2);
    assertThat(Files.readString(run.resolve("report.html"))).contains("Quality gates: FAILED");

    List<JsonNode> journal = new ArrayList<>();
    for (String line : Files.readAllLines(run.resolve("journal.jsonl"))) {
      journal.add(Json.mapper().readTree(line));
    }
    assertThat(journal)
        .anyMatch(
            e ->
                e.path("stage").asText().equals("planner")
                    && e.path("rule").asText().equals("revise-weak-class")
                    && e.path("round").asInt() == 2);
    assertThat(journal)
        .anyMatch(e -> e.path("stage").asText().equals("gate") && e.path("round").asInt() == 1);
    assertThat(journal)
        .anyMatch(e -> e.path("stage").asText().equals("race") && e.path("round").asInt() == 2);
    // The test split never chooses between rounds: out-of-fold figures on train+valid do.
    assertThat(journal)
        .anyMatch(
            e ->
                e.path("rule").asText().equals("round-choice")
                    && e.at("/evidence/out_of_fold_macro_f1_round_1").isNumber()
                    && e.at("/evidence/out_of_fold_macro_f1_round_2").isNumber());
    int delivered = evaluation.get("round").asInt();
    assertThat(run.resolve("model/decision.json").toFile().exists()).isEqualTo(delivered == 2);

    // The package alone: slices by a column, a control set listed one by one, default gates.
    Path control = home.resolve("control.csv");
    List<String> lines = Files.readAllLines(CliRunner.EXAMPLES.resolve("penguins.csv"));
    Files.write(control, List.of(lines.get(0), lines.get(1), lines.get(2), lines.get(200)));
    Path evaluated = home.resolve("evaluated");
    CliRunner.Result result =
        cli.run(
            "evaluate",
            run.resolve("model").toString(),
            run.resolve("data/splits/test.jsonl").toString(),
            "--slice-by",
            "Island",
            "--control",
            control.toString(),
            "--attack-rows",
            "0",
            "--out",
            evaluated.toString());
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("verdict");
    JsonNode alone = Json.mapper().readTree(evaluated.resolve("evaluation.json").toFile());
    assertThat(alone.get("control").get("results")).hasSize(3);
    assertThat(alone.get("slices"))
        .anyMatch(s -> s.get("slicing").asText().equals("Island") && s.get("n").asInt() > 0);
    assertThat(evaluated.resolve("edge_cases.jsonl")).isNotEmptyFile();
    HeadlessBrowser.Loaded page =
        HeadlessBrowser.load(evaluated.resolve("report.html"), home.resolve("chromium-profile"));
    assertThat(page.consoleErrors()).isEmpty();
    // Recall per class, reliability diagram, robustness bars, latency histogram.
    assertThat(page.dom().split("<svg", -1)).hasSize(5);
    assertThat(page.dom()).contains("Control set").contains("Island").contains("Quality gates");
    assertThat(run.resolve("rounds/2/plan.json")).exists();
  }

  @Test
  void aGatesFileWithAnUnknownKeyIsBadInput() throws Exception {
    CliRunner cli = new CliRunner(home);
    Path gates = home.resolve("gates.yaml");
    Files.writeString(gates, "min_recall: 0.3\n");
    CliRunner.Result train =
        cli.run(
            "train",
            CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
            "--target",
            "Species",
            "--gates",
            gates.toString(),
            "--out",
            home.resolve("bad").toString());
    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).contains("unknown key 'min_recall'");
  }
}
