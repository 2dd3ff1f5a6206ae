package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The neural families through the command line: planned, forced, packaged, predicted. */
class NeuralTrainTest {
  @TempDir Path home;

  @Test
  void mlpIsForcedTrainedPackagedAndPredicts() throws Exception {
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("mlp-run");
    CliRunner.Result train =
        cli.run(
            "train",
            CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
            "--target",
            "Species",
            "--set",
            "family=mlp",
            "--set",
            "dropout=0.2",
            "--out",
            run.toString());
    assertThat(train.exitCode()).as(train.err()).isZero();

    JsonNode plan = Json.mapper().readTree(run.resolve("plan.json").toFile());
    assertThat(plan.toString()).contains("\"family\":\"mlp\"").contains("\"dropout\":0.2");
    JsonNode evaluation = Json.mapper().readTree(run.resolve("evaluation.json").toFile());
    assertThat(evaluation.get("model").asText()).isEqualTo("mlp");
    assertThat(evaluation.at("/metrics/accuracy").asDouble()).isGreaterThan(0.85);
    assertThat(run.resolve("model/weights.params")).exists();

    JsonNode runJson = Json.mapper().readTree(run.resolve("run.json").toFile());
    assertThat(runJson.at("/provenance/libraries/libtorch").asText()).isEqualTo("2.7.1");
    assertThat(runJson.at("/provenance/libraries/libtorch.start_s").asText()).isNotBlank();
    assertThat(Files.readString(run.resolve("journal.jsonl"))).contains("mlp kept ");

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
    assertThat(predict.err())
        .contains(String.format("accuracy %.4f", evaluation.at("/metrics/accuracy").asDouble()));
  }
}
