package dev.autolab.train.supervise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.autolab.core.Event;
import dev.autolab.core.Json;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The webhook against a real HTTP server on a free local port. */
class WebhookNotifierTest {
  private final List<String> bodies = new CopyOnWriteArrayList<>();
  private final List<String> types = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private URI serve(int status) throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/hook",
        exchange -> {
          bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          types.add(exchange.getRequestHeaders().getFirst("Content-Type"));
          byte[] answer = (status == 200 ? "ok" : "no such hook").getBytes(StandardCharsets.UTF_8);
          exchange.sendResponseHeaders(status, answer.length);
          exchange.getResponseBody().write(answer);
          exchange.close();
        });
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static Event rollback() {
    return Event.of(
            Clock.systemUTC(),
            "supervisor",
            "action",
            "divergence",
            Map.of("smoothed_loss", 42.0),
            "mlp: divergence: rolled back, learning rate 1 -> 0.1")
        .withStep(17)
        .withTrial("mlp")
        .withChange("learning_rate", 1.0, 0.1);
  }

  @Test
  void postsSlackCompatibleJson() throws Exception {
    new WebhookNotifier(serve(200)).notify(rollback());
    assertThat(bodies).hasSize(1);
    assertThat(types.get(0)).isEqualTo("application/json");
    JsonNode body = Json.mapper().readTree(bodies.get(0));
    assertThat(body.get("text").asText())
        .isEqualTo(
            "autolab supervisor [mlp] at step 17: mlp: divergence: rolled back, learning rate 1"
                + " -> 0.1");
    assertThat(body.get("autolab").get("knob").asText()).isEqualTo("learning_rate");
    assertThat(body.get("autolab").get("step").asLong()).isEqualTo(17);
  }

  @Test
  void anErrorStatusIsAFailureThatNamesTheHook() throws Exception {
    URI url = serve(404);
    assertThatThrownBy(() -> new WebhookNotifier(url).notify(rollback()))
        .hasMessageContaining("404")
        .hasMessageContaining(url.toString());
  }

  @Test
  void anUnreachableHookIsAFailure() throws Exception {
    URI url = serve(200);
    server.stop(0);
    server = null;
    assertThatThrownBy(() -> new WebhookNotifier(url).notify(rollback()))
        .hasMessageContaining("unreachable");
  }
}
