package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code --split time}, {@code --time-column} and {@code --email} on the command line. */
class SplitAndEmailOptionsTest {
  @TempDir Path home;

  /**
   * 120 e-mails over 120 days, newest first as a mailbox exports them: spam and ham with their own
   * words, each behind a header block, the ham replies quoting what they answer.
   */
  private Path mails() throws IOException {
    List<String> lines = new ArrayList<>(List.of("day,size,body,label"));
    for (int i = 119; i >= 0; i--) {
      boolean spam = i % 3 == 0;
      String body =
          spam
              ? "From: deals"
                  + i
                  + "@shop.example\nSubject: cheap pills offer "
                  + i
                  + "\n\nbuy cheap pills now, limited offer, click to win"
              : "From: ann@example.org\nTo: team@example.org\nSubject: meeting notes "
                  + i
                  + "\n\nthanks for the notes, see you at the meeting on item "
                  + i
                  + "\n> could you send the notes?";
      lines.add(
          LocalDate.of(2024, 1, 1).plusDays(i)
              + ","
              + (i % 7)
              + ",\""
              + body
              + "\","
              + (spam ? "spam" : "ham"));
    }
    return Files.writeString(home.resolve("mails.csv"), String.join("\n", lines) + "\n");
  }

  private int prepared;

  /** Prepares into {@code prep/}, {@code prep1/}, ...: a failed run keeps its folder too. */
  private CliRunner.Result prepare(Path data, String... options) {
    String out = prepared++ == 0 ? "prep" : "prep" + prepared;
    List<String> args =
        new ArrayList<>(
            List.of(
                "prepare",
                data.toString(),
                "--target",
                "label",
                "--out",
                home.resolve(out).toString()));
    args.addAll(List.of(options));
    return new CliRunner(home).run(args.toArray(String[]::new));
  }

  private JsonNode json(Path file) throws IOException {
    return Json.mapper().readTree(file.toFile());
  }

  @Test
  void prepareSplitsInTimeOrderAndSaysSo() throws IOException {
    CliRunner.Result result = prepare(mails(), "--split", "time");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "split 96/12/12 (time order of 'day': train 2024-01-01 to 2024-04-05; valid"
                + " 2024-04-06 to 2024-04-17; test 2024-04-18 to 2024-04-29)");
    JsonNode split = json(home.resolve("prep/data/profile.json")).get("split");
    assertThat(split.get("method").asText()).isEqualTo("time");
    assertThat(split.get("time_column").asText()).isEqualTo("day");
    assertThat(split.at("/time_ranges/train/last").asText()).isEqualTo("2024-04-05");
    assertThat(split.at("/time_ranges/test/first").asText()).isEqualTo("2024-04-18");
    JsonNode config = json(home.resolve("prep/run.json")).get("config");
    assertThat(config.get("split").asText()).isEqualTo("time");
  }

  @Test
  void prepareCleansEmailsAndCountsTheRepairs() throws IOException {
    CliRunner.Result result = prepare(mails(), "--email");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains("repaired       120  e-mail headers removed")
        .contains("repaired        80  quoted reply removed");
    String train = Files.readString(home.resolve("prep/data/splits/train.jsonl"));
    assertThat(train).doesNotContain("From:").doesNotContain("> could").contains("meeting notes");
    assertThat(json(home.resolve("prep/run.json")).at("/config/email").asBoolean()).isTrue();
  }

  static Stream<Arguments> badRequests() {
    return Stream.of(
        Arguments.of(List.of("--split", "sideways"), "--split: expected random"),
        Arguments.of(List.of("--time-column", "day"), "add --split time"),
        Arguments.of(
            List.of("--split", "time", "--time-column", "body"),
            "--time-column 'body' is not a date/time column"),
        Arguments.of(List.of("--split", "time", "--time-column", "when"), "'when' is not a column"),
        Arguments.of(
            List.of("--split", "time", "--stream", "on"),
            "--stream on writes rows as it reads them"),
        Arguments.of(
            List.of("--email", "--stream", "on"),
            "--email is not applied by the streamed prepare"));
  }

  @ParameterizedTest
  @MethodSource("badRequests")
  void aBadRequestIsBadInputSayingWhatToDo(List<String> options, String message)
      throws IOException {
    CliRunner.Result result = prepare(mails(), options.toArray(String[]::new));

    assertThat(result.exitCode()).as(result.out()).isEqualTo(2);
    assertThat(result.err()).contains(message);
  }

  @Test
  void aTimeSplitWithoutADateColumnOrEmailsWithoutTextAreBadInput() throws IOException {
    Path plain =
        Files.writeString(
            home.resolve("plain.csv"), "x,label\n1,a\n2,b\n3,a\n4,b\n5,a\n6,b\n7,a\n8,b\n");

    CliRunner.Result time = prepare(plain, "--split", "time");
    CliRunner.Result email = prepare(plain, "--email");

    assertThat(time.exitCode()).isEqualTo(2);
    assertThat(time.err()).contains("--split time needs a date/time column");
    assertThat(email.exitCode()).isEqualTo(2);
    assertThat(email.err()).contains("--email cleans free-text columns");
  }

  @Test
  void trainTakesTheOptionsAndItsModelCleansServingInputTheSameWay() throws IOException {
    Path run = home.resolve("run");
    CliRunner cli = new CliRunner(home);
    CliRunner.Result train =
        cli.run(
            "train",
            mails().toString(),
            "--target",
            "label",
            "--split",
            "time",
            "--email",
            "--set",
            "family=tfidf-linear",
            "--export",
            "none",
            "--out",
            run.toString());

    assertThat(train.exitCode()).as(train.err()).isZero();
    assertThat(json(run.resolve("run.json")).at("/data/split/time_column").asText())
        .isEqualTo("day");
    assertThat(Files.readString(run.resolve("report.html")))
        .contains("time order of &#39;day&#39;")
        .contains("train 2024-01-01 to 2024-04-05");
    assertThat(json(run.resolve("model/cleaning.json")).get("columns"))
        .anyMatch(c -> c.get("column").asText().equals("body") && c.get("email").asBoolean());
    Path input =
        Files.writeString(
            home.resolve("new.csv"),
            "day,size,body\n2024-06-01,3,\"From: x@shop.example\nSubject: cheap pills\n\n"
                + "buy cheap pills now\"\n");
    Path predictions = home.resolve("predictions.jsonl");
    CliRunner.Result predict =
        cli.run(
            "predict",
            run.resolve("model").toString(),
            input.toString(),
            "--out",
            predictions.toString());
    assertThat(predict.exitCode()).as(predict.err()).isZero();
    assertThat(json(predictions).get("label").asText()).isEqualTo("spam");
  }

  @Test
  void trainRefusesABadSplitBeforeAnyWork() throws IOException {
    CliRunner.Result train =
        new CliRunner(home)
            .run("train", mails().toString(), "--target", "label", "--split", "later");

    assertThat(train.exitCode()).isEqualTo(2);
    assertThat(train.err()).contains("--split: expected random");
    assertThat(home.resolve("runs")).doesNotExist();
  }
}
