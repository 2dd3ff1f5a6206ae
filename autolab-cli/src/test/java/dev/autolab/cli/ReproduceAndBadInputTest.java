package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code autolab reproduce} on a trained run, and the publish commands' answers to bad input. */
@ExtendWith(PublishFixtures.Shared.class)
class ReproduceAndBadInputTest {
  @TempDir Path home;

  @Test
  void reproduceReRunsFromTheRecordWithTheSameFingerprintsAndMetrics(PublishFixtures runs) {
    CliRunner.Result r =
        new CliRunner(home)
            .run("reproduce", runs.good2.toString(), "--out", home.resolve("again").toString());
    assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
    assertThat(r.out())
        .containsPattern("test split fingerprint +[0-9a-f]{64} +[0-9a-f]{64} +same")
        .containsPattern("macro_f1 .* same")
        .contains("REPRODUCED: largest metric difference");
    assertThat(home.resolve("again/evaluation.json")).exists();
  }

  @Test
  void badInputExitsWithTwoAndOneLine() {
    CliRunner cli = new CliRunner(home);
    CliRunner.Result noRun = cli.run("publish", home.resolve("nothing").toString());
    assertThat(noRun.exitCode()).isEqualTo(2);
    assertThat(noRun.err()).contains("no run");
    CliRunner.Result badRef = cli.run("approve", "spam");
    assertThat(badRef.exitCode()).isEqualTo(2);
    assertThat(badRef.err()).contains("MODEL@VERSION");
    CliRunner.Result noModel = cli.run("registry", "promote", "spam@1", "production");
    assertThat(noModel.exitCode()).isEqualTo(2);
    assertThat(noModel.err()).contains("no model 'spam'");
    CliRunner.Result badStage = cli.run("registry", "rollback", "spam");
    assertThat(badStage.exitCode()).isEqualTo(2);
  }

  @Test
  void anUnknownRemoteIsRefusedBeforeAnyWork(PublishFixtures runs) {
    CliRunner.Result r =
        new CliRunner(home).run("publish", runs.good1.toString(), "--to", "ftp://example/x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("not a remote Autolab knows");
  }
}
