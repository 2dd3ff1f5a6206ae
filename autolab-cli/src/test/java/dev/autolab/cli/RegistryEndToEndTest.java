package dev.autolab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.autolab.core.Json;
import dev.autolab.registry.Registry;
import dev.autolab.registry.remote.Remote;
import dev.autolab.registry.store.Manifest;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.eclipse.jgit.api.Git;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * train → publish → approve → promote → publish a worse model → the gate blocks it → rollback, with
 * the registry's state checked at each step: in the local registry alone, through a git remote (a
 * local bare repository) and through an S3-compatible server (s3proxy, in process). A real HTTP
 * server receives the critical-change notification.
 */
@ExtendWith(PublishFixtures.Shared.class)
class RegistryEndToEndTest {
  private static S3Proxy s3proxy;
  private static HttpServer hook;
  private static final List<String> notifications = new ArrayList<>();

  @TempDir Path home;

  @BeforeAll
  static void servers() throws Exception {
    BlobStoreContext context =
        ContextBuilder.newBuilder("transient")
            .credentials("identity", "credential")
            .build(BlobStoreContext.class);
    s3proxy =
        S3Proxy.builder()
            .blobStore(context.getBlobStore())
            .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "access", "secret")
            .endpoint(URI.create("http://127.0.0.1:0"))
            .build();
    s3proxy.start();
    for (int i = 0; i < 500 && !s3proxy.getState().equals("STARTED"); i++) {
      Thread.sleep(10);
    }
    String endpoint = "http://127.0.0.1:" + s3proxy.getPort();
    System.setProperty("autolab.s3.endpoint", endpoint);
    System.setProperty("aws.accessKeyId", "access");
    System.setProperty("aws.secretAccessKey", "secret");
    System.setProperty("aws.region", "us-east-1");
    try (S3Client s3 =
        S3Client.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .endpointOverride(URI.create(endpoint))
            .forcePathStyle(true)
            .region(Region.US_EAST_1)
            .credentialsProvider(
                StaticCredentialsProvider.create(AwsBasicCredentials.create("access", "secret")))
            .build()) {
      s3.createBucket(b -> b.bucket("models"));
    }
    hook = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    hook.createContext(
        "/hook",
        exchange -> {
          synchronized (notifications) {
            notifications.add(
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          }
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    hook.start();
  }

  @AfterAll
  static void stop() throws Exception {
    s3proxy.stop();
    hook.stop(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "git", "s3"})
  void publishApprovePromoteBlockAndRollBack(String where, PublishFixtures runs) throws Exception {
    CliRunner cli = new CliRunner(home);
    String url = remoteUrl(where);
    String notify = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";

    // 1. publish: version 1, a candidate, nothing in production.
    run(cli, 0, publishArgs(runs.good1, url, "--notify", notify));
    assertState(Map.of("candidate", 1), url);

    // 2. production needs an approval first.
    CliRunner.Result refused = cli.run("registry", "promote", "penguins@1", "production");
    assertThat(refused.exitCode()).isEqualTo(2);
    assertThat(refused.err()).contains("needs an approval");
    assertState(Map.of("candidate", 1), url);

    // 3. approve, promote.
    run(cli, 0, "approve", "penguins@1", "--by", "reviewer");
    run(cli, 0, "registry", "promote", "penguins@1", "production");
    assertState(Map.of("candidate", 1, "production", 1), url);

    // 4. a second good model replaces it.
    run(cli, 0, publishArgs(runs.good2, url));
    run(cli, 0, "approve", "penguins@2");
    run(cli, 0, "registry", "promote", "penguins@2", "production");
    assertState(Map.of("candidate", 2, "production", 2), url);

    // 5. a worse model: published (with a notification), approved, but the gate blocks it.
    int before = notificationCount();
    CliRunner.Result worse = run(cli, 0, publishArgs(runs.worse, url));
    assertThat(worse.out()).contains("critical change: macro_f1 dropped");
    assertThat(notificationCount()).isGreaterThan(before);
    JsonNode message = Json.mapper().readTree(lastNotification());
    assertThat(message.path("text").asText()).contains("penguins@3").contains("dropped");
    run(cli, 0, "approve", "penguins@3");
    CliRunner.Result blocked = cli.run("registry", "promote", "penguins@3", "production");
    assertThat(blocked.exitCode()).as(blocked.err()).isEqualTo(2);
    assertThat(blocked.err()).contains("blocked from production").contains("worse than production");
    assertState(Map.of("candidate", 3, "production", 2), url);

    // 6. rollback: production goes back to version 1 at once.
    CliRunner.Result rollback = run(cli, 0, "registry", "rollback", "penguins");
    assertThat(rollback.out()).contains("production -> penguins@1");
    assertState(Map.of("candidate", 3, "production", 1), url);

    // Lineage and the pulled bytes.
    try (Registry registry = openRegistry()) {
      var v3 = registry.version("penguins", 3);
      assertThat(v3.parentVersion()).isEqualTo(2);
      assertThat(v3.runId()).isNotBlank();
      assertThat(v3.dataFingerprint()).hasSize(64);
      assertThat(registry.version("penguins", 1).approvedBy()).isEqualTo("reviewer");
    }
    Path pulled = home.resolve("pulled");
    List<String> pull =
        new ArrayList<>(List.of("registry", "pull", "penguins@3", "--out", pulled.toString()));
    if (url != null) {
      pull.addAll(List.of("--from", url));
    }
    CliRunner.Result pulledResult = run(cli, 0, pull.toArray(String[]::new));
    assertThat(pulledResult.out()).contains("every byte verified");
    assertThat(pulled.resolve("README.md")).exists();
    Manifest manifest = Manifest.of(runs.worse.resolve("model"));
    assertThat(manifest.verify(pulled)).isEmpty();
    Files.writeString(pulled.resolve("README.md"), "changed");
    assertThat(manifest.verify(pulled)).singleElement().asString().contains("README.md");
  }

  private String remoteUrl(String where) throws Exception {
    switch (where) {
      case "git" -> {
        Path bare = home.resolve("remote.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).call().close();
        return "file://" + bare.toAbsolutePath();
      }
      case "s3" -> {
        return "s3://models/team/" + home.getFileName();
      }
      default -> {
        return null;
      }
    }
  }

  private static String[] publishArgs(Path run, String url, String... more) {
    List<String> args = new ArrayList<>(List.of("publish", run.toString(), "--name", "penguins"));
    if (url != null) {
      args.addAll(List.of("--to", url));
    }
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }

  private static CliRunner.Result run(CliRunner cli, int expected, String... args) {
    CliRunner.Result r = cli.run(args);
    assertThat(r.exitCode())
        .as(String.join(" ", args) + "\n" + r.out() + r.err())
        .isEqualTo(expected);
    return r;
  }

  private Registry openRegistry() {
    return Registry.open(
        home.resolve("runs/registry"), home.resolve("runs/autolab.db"), Clock.systemUTC());
  }

  /** The stages in the local registry and, with a remote, the same stages read back from it. */
  private void assertState(Map<String, Integer> expected, String url) {
    try (Registry registry = openRegistry()) {
      assertThat(registry.aliases("penguins")).containsExactlyInAnyOrderEntriesOf(expected);
    }
    if (url != null) {
      Remote remote = Remote.forUrl(url);
      for (Map.Entry<String, Integer> stage : expected.entrySet()) {
        assertThat(remote.alias("penguins", stage.getKey()))
            .as(stage.getKey() + " on " + url)
            .isEqualTo(OptionalInt.of(stage.getValue()));
      }
    }
  }

  private static int notificationCount() {
    synchronized (notifications) {
      return notifications.size();
    }
  }

  private static String lastNotification() {
    synchronized (notifications) {
      return notifications.get(notifications.size() - 1);
    }
  }
}
