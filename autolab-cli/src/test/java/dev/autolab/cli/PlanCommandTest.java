package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {
  @TempDir Path home;

  private CliRunner.Result plan(String... more) {
    String[] args =
        Stream.concat(
                Stream.of(
                    "plan",
                    CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
                    "--target",
                    "Species"),
                Stream.of(more))
            .toArray(String[]::new);
    return new CliRunner(home).run(args);
  }

  @Test
  void printsEveryCandidateWithItsReasonsAndTrainsNothing() throws IOException {
    CliRunner.Result result = plan("--metric", "accuracy");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("selection metric accuracy")
        .contains("candidate 1: xgboost")
        .contains("[machine]")
        .contains("[metric] selection criterion: validation accuracy");
    Path runs = home.resolve("runs");
    if (Files.exists(runs)) {
      try (Stream<Path> children = Files.list(runs)) {
        assertThat(children).isEmpty();
      }
    }
  }

  @Test
  void jsonIsThePlanFileFormat() throws IOException {
    CliRunner.Result result = plan("--json");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode plan = Json.mapper().readTree(result.out());
    assertThat(plan.get("candidates")).isNotEmpty();
    JsonNode xgboost = plan.get("candidates").get(0);
    assertThat(xgboost.at("/params/nthread").asInt()).isPositive();
  }

  @Test
  void aMetricOfTheWrongTaskIsABadInput() {
    CliRunner.Result result = plan("--metric", "rmse");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--metric rmse");
  }
}
