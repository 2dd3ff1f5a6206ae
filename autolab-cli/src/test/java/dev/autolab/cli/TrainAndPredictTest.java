package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end on the bundled examples: train, then predict with the package alone. */
class TrainAndPredictTest {
  @TempDir Path home;

  private static CliRunner.Result trainExample(
      CliRunner cli, String example, String target, Path run, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                CliRunner.EXAMPLES.resolve(example).toString(),
                "--target",
                target,
                "--out",
                run.toString()));
    args.addAll(List.of(options));
    return cli.run(args.toArray(String[]::new));
  }

  @Test
  void tabularClassificationTrainsPackagesAndPredictsReproducingTheTestMetrics() throws Exception {
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("penguins-run");
    CliRunner.Result train = trainExample(cli, "penguins.csv", "Species", run);
    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(train.out()).contains("model   " + run.resolve("model"));
    for (String file :
        List.of(
            "run.json",
            "data/profile.json",
            "data/quarantine.jsonl",
            "data/splits/train.jsonl",
            "data/splits/valid.jsonl",
            "data/splits/test.jsonl",
            "plan.json",
            "journal.jsonl",
            "evaluation.json",
            "model/model.json",
            "model/provenance.json",
            "model/README.md",
            "report.html")) {
      assertThat(run.resolve(file)).as(file).exists();
    }
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("schemaVersion").asInt()).isEqualTo(1);
    assertReportRendersInABrowser(run.resolve("report.html"));
    assertThat(evaluation.get("split").asText()).isEqualTo("test");
    assertThat(evaluation.get("metrics").get("accuracy").asDouble()).isGreaterThan(0.85);

    JsonNode profile = Json.mapper().readTree(run.resolve("data/profile.json").toFile());
    assertThat(profile.get("rows_read").asLong())
        .isEqualTo(
            profile.get("rows_used").asLong()
                + profile.get("rows_quarantined").asLong()
                + profile.get("rows_duplicates").asLong());

    JsonNode runJson = Json.mapper().readTree(run.resolve("run.json").toFile());
    assertThat(runJson.get("status").asText()).isEqualTo("finished");
    assertThat(runJson.at("/data/fingerprint").asText()).hasSize(64);
    assertThat(runJson.at("/provenance/jdk").asText()).isNotBlank();
    assertThat(runJson.at("/provenance/libraries/xgboost4j").asText()).isNotBlank();

    // Predict the test split from the package alone: the metrics are those of evaluation.json.
    Path predictions = home.resolve("predictions.jsonl");
    CliRunner.Result predict =
        cli.run(
            "predict",
            run.resolve("model").toString(),
            run.resolve("data/splits/test.jsonl").toString(),
            "--out",
            predictions.toString());
    assertThat(predict.exitCode()).as(predict.err()).isZero();
    List<String> lines = Files.readAllLines(predictions);
    assertThat(lines).hasSize(evaluation.get("n").asInt());
    JsonNode first = Json.mapper().readTree(lines.get(0));
    assertThat(first.get("label").asText()).isIn("Adelie", "Chinstrap", "Gentoo");
    double sum = 0;
    for (JsonNode p : first.get("probabilities")) {
      sum += p.asDouble();
    }
    assertThat(sum).isCloseTo(1.0, within(1e-6));
    assertThat(predict.err())
        .contains(String.format("accuracy %.4f", evaluation.at("/metrics/accuracy").asDouble()))
        .contains(String.format("macro_f1 %.4f", evaluation.at("/metrics/macro_f1").asDouble()));

    // Stage 5 ran inside train: exports.json with an fp32 variant matching the model.
    JsonNode exports = Json.mapper().readTree(run.resolve("exports.json").toFile());
    assertThat(exports.get("schemaVersion").asInt()).isEqualTo(1);
    assertThat(exports.at("/variants/0/name").asText()).isEqualTo("fp32");
    assertThat(exports.at("/variants/0/parity/passed").asBoolean()).isTrue();
    assertThat(run.resolve("model/model.onnx")).exists();
    // train writes the full generated card, with the export comparison, as publish does.
    assertThat(Files.readString(run.resolve("model/README.md")))
        .startsWith("---\n")
        .contains("model-index", "## Limitations", "## Quantization comparison", "Recommended: `");
    assertThat(run.resolve("model/config.json")).exists();
    CliRunner.Result viaOnnx =
        cli.run(
            "predict",
            run.resolve("model").toString(),
            run.resolve("data/splits/test.jsonl").toString(),
            "--variant",
            "fp32",
            "--out",
            home.resolve("onnx.jsonl").toString());
    assertThat(viaOnnx.exitCode()).as(viaOnnx.err()).isZero();
    assertThat(viaOnnx.err())
        .contains(String.format("accuracy %.4f", evaluation.at("/metrics/accuracy").asDouble()));
    assertThat(cli.run("export", run.resolve("model").toString(), "--formats", "int3").exitCode())
        .isEqualTo(2);

    CliRunner.Result list = cli.runs("list");
    assertThat(list.out()).contains("train").contains("predict").contains("finished");
    String runId = runJson.get("id").asText();
    CliRunner.Result show = cli.runs("show", runId);
    assertThat(show.exitCode()).isZero();
    assertThat(show.out()).contains("test.accuracy").contains("data.fingerprint");
  }

  private void assertReportRendersInABrowser(Path report) throws Exception {
    HeadlessBrowser.Loaded page = HeadlessBrowser.load(report, home.resolve("chromium-profile"));
    String dom = page.dom();
    assertThat(page.consoleErrors()).isEmpty();
    // Charts: candidates, F1 per class, confusion matrix, rounds, recall per class, reliability
    // diagram, robustness bars, latency histogram, learning curve; and the loss curves of each
    // training the supervisor watched (the mlp candidate's at least).
    int curves = dom.split("class=\"supervisor-curve\"", -1).length - 1;
    assertThat(curves).isPositive();
    assertThat(dom.split("<svg", -1)).hasSize(10 + curves);
    assertThat(dom)
        .contains("Confusion matrix")
        .contains("Adelie")
        .contains("Provenance")
        .contains("Quality gates: PASSED")
        .contains("Reliability diagram")
        .contains("Robustness")
        .contains("Single-row latency")
        .contains("Learning curve");
    assertThat(dom.split("<rect", -1).length - 1).isGreaterThanOrEqualTo(2 + 3 + 9 + 3 + 2);
  }

  @Test
  void textClassificationOnTheSpamSample() throws IOException {
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("spam-run");
    CliRunner.Result train = trainExample(cli, "spam-sample.csv", "label", run);
    assertThat(train.exitCode()).as(train.err()).isZero();
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("model").asText()).isEqualTo("tfidf-linear");
    assertThat(evaluation.at("/metrics/macro_f1").asDouble()).isGreaterThan(0.8);
  }

  @Test
  void regressionOnANumericTarget() throws IOException {
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("mass-run");
    CliRunner.Result train = trainExample(cli, "penguins.csv", "Body Mass (g)", run);
    assertThat(train.exitCode()).as(train.err()).isZero();
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("task").asText()).isEqualTo("regression");
    // Body mass varies with a standard deviation of ~800 g; a useful model does far better.
    assertThat(evaluation.at("/metrics/rmse").asDouble()).isLessThan(500);
    assertThat(evaluation.at("/metrics/r2").asDouble()).isGreaterThan(0.6);
  }

  @Test
  void theSameSeedGivesTheSameSplitsAndMetrics() throws IOException {
    CliRunner cli = new CliRunner(home);
    JsonNode[] runs = new JsonNode[2];
    JsonNode[] evaluations = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      Path run = home.resolve("repeat-" + i);
      CliRunner.Result train = trainExample(cli, "penguins.csv", "Species", run, "--seed", "3");
      assertThat(train.exitCode()).as(train.err()).isZero();
      runs[i] = Json.mapper().readTree(run.resolve("run.json").toFile());
      evaluations[i] = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    }
    assertThat(runs[0].at("/data/split")).isEqualTo(runs[1].at("/data/split"));
    assertThat(runs[0].at("/data/fingerprint")).isEqualTo(runs[1].at("/data/fingerprint"));
    assertThat(evaluations[0].get("metrics")).isEqualTo(evaluations[1].get("metrics"));

    CliRunner.Result compare =
        cli.runs("compare", runs[0].get("id").asText(), runs[1].get("id").asText());
    assertThat(compare.exitCode()).as(compare.err()).isZero();
    // Same data and metrics: unmarked; timings differ: marked with '*'.
    assertThat(compare.out().lines())
        .anyMatch(line -> line.startsWith("  data.fingerprint"))
        .anyMatch(line -> line.startsWith("  test.macro_f1"))
        .anyMatch(line -> line.startsWith("* time.total_s"));
  }
}
