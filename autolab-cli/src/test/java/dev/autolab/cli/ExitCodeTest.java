package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes: 0 success, 2 bad usage or input with one clear line, and no stack trace. */
class ExitCodeTest {
  @TempDir Path home;

  @Test
  void helpAndVersionSucceed() {
    CliRunner cli = new CliRunner(home);
    assertThat(cli.run("--help").exitCode()).isZero();
    assertThat(cli.run("train", "--help").out()).contains("--target").contains("--valid");
  }

  @Test
  void unknownOptionIsBadUsage() {
    CliRunner.Result result =
        new CliRunner(home).run("train", "x.csv", "--target", "y", "--colour", "red");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--colour").contains("see 'autolab train --help'");
    assertThat(result.err().lines().count()).isEqualTo(2);
  }

  @Test
  void missingRequiredOptionIsBadUsage() {
    CliRunner.Result result = new CliRunner(home).run("train", "x.csv");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("autolab: missing --target COL");
  }

  @Test
  void missingDataFileIsBadInputWithOneLine() {
    CliRunner.Result result =
        new CliRunner(home).run("train", home.resolve("nope.csv").toString(), "--target", "y");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .contains("nope.csv")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(result.err().strip().lines().count()).isEqualTo(1);
  }

  @Test
  void unknownTargetNamesTheColumnsThatExist() {
    CliRunner.Result result = trainPenguins("species_name");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("species_name").contains("Island");
  }

  @Test
  void metricOfTheWrongTaskIsBadInput() {
    CliRunner.Result result = trainPenguins("Species", "--metric", "rmse");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("rmse").contains("classification");
  }

  @Test
  void badRefitValueNamesTheKeyTheValueAndWhatIsAccepted() {
    CliRunner.Result result = trainPenguins("Species", "--set", "refit=maybe");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err().strip())
        .isEqualTo("autolab: --set refit=maybe: the value must be true or false");
  }

  @Test
  void misspeltSetKeyIsBadInputWithTheKeyItMostLikelyMeant() {
    CliRunner.Result result = trainPenguins("Species", "--set", "learnig_rate=0.1");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("autolab: --set learnig_rate=0.1: unknown key (did you mean learning_rate?)");
  }

  @Test
  void predictWithAFolderThatIsNoModelIsBadInput() throws IOException {
    Path input = Files.writeString(home.resolve("in.csv"), "a,b\n1,2\n");
    CliRunner.Result result = new CliRunner(home).run("predict", home.toString(), input.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("autolab: ");
  }

  @Test
  void unknownRunIsBadInput() {
    CliRunner.Result result = new CliRunner(home).runs("show", "20990101");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no run '20990101'");
  }

  /** {@code autolab train examples/penguins.csv --target TARGET OPTIONS...}. */
  private CliRunner.Result trainPenguins(String target, String... options) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "train",
                CliRunner.EXAMPLES.resolve("penguins.csv").toString(),
                "--target",
                target));
    args.addAll(List.of(options));
    return new CliRunner(home).run(args.toArray(String[]::new));
  }
}
