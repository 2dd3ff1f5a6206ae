package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The supervisor through the command line: a learning rate far too high is rolled back, the webhook
 * (a real local HTTP server) hears of it, {@code runs show} prints the timeline and the report
 * marks the action on the curve; with {@code --supervisor off} nothing of it happens.
 */
class SupervisorTrainTest {
  @TempDir Path home;

  private CliRunner.Result train(CliRunner cli, Path out, String... extra) {
    List<String> options =
        new java.util.ArrayList<>(List.of("--set", "family=mlp", "--set", "learning_rate=50"));
    options.addAll(List.of(extra));
    return cli.train(
        CliRunner.EXAMPLES.resolve("penguins.csv"), "Species", out, options.toArray(String[]::new));
  }

  @Test
  void aDivergingRunIsRolledBackNotifiedAndShown() throws Exception {
    List<String> posts = new CopyOnWriteArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      CliRunner cli = new CliRunner(home);
      Path run = home.resolve("on");
      String hook = "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
      CliRunner.Result result = train(cli, run, "--notify", hook);
      assertThat(result.exitCode()).as(result.err()).isZero();

      String journal = Files.readString(run.resolve("journal.jsonl"));
      assertThat(journal)
          .contains("\"stage\":\"supervisor\",\"kind\":\"action\"")
          .contains("\"rule\":\"divergence\"")
          .contains("\"knob\":\"learning_rate\",\"from\":50.0");
      assertThat(posts).isNotEmpty();
      assertThat(posts.get(0)).startsWith("{\"text\":\"autolab supervisor").contains("divergence");

      String runId = Files.readString(run.resolve("run.json")).split("\"id\"\\s*:\\s*\"")[1];
      runId = runId.substring(0, runId.indexOf('"'));
      CliRunner.Result show = cli.runs("show", runId);
      assertThat(show.exitCode()).isZero();
      assertThat(show.out()).contains("supervisor timeline").contains("learning_rate 50.0 ->");

      String report = Files.readString(run.resolve("report.html"));
      assertThat(report).contains("Training supervisor").contains("class=\"supervisor-action\"");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void offMeansNoSupervisorAtAll() throws Exception {
    CliRunner cli = new CliRunner(home);
    Path run = home.resolve("off");
    CliRunner.Result result = train(cli, run, "--supervisor", "off");
    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(run.resolve("journal.jsonl"))).doesNotContain("\"supervisor\"");
  }

  @Test
  void badSupervisorOptionsAreBadInput() {
    CliRunner cli = new CliRunner(home);
    CliRunner.Result mode = train(cli, home.resolve("x"), "--supervisor", "maybe");
    assertThat(mode.exitCode()).isEqualTo(2);
    assertThat(mode.err()).contains("--supervisor maybe: use on or off");
    CliRunner.Result memory = train(cli, home.resolve("y"), "--memory-limit", "lots");
    assertThat(memory.exitCode()).isEqualTo(2);
    assertThat(memory.err()).contains("--memory-limit lots");
    CliRunner.Result url = train(cli, home.resolve("z"), "--notify", "ftp://example.org/x");
    assertThat(url.exitCode()).isEqualTo(2);
  }
}
