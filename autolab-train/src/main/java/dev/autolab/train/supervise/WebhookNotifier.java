package dev.autolab.train.supervise;

import dev.autolab.core.Event;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Posts each critical event to a Slack-compatible incoming webhook: a JSON object whose {@code
 * text} is the message (what Slack, Mattermost and Rocket.Chat display), plus the event's fields
 * under {@code autolab} for receivers that want them.
 */
public final class WebhookNotifier implements Notifier {
  /** A slow receiver must not hold training up for long. */
  static final Duration TIMEOUT = Duration.ofSeconds(5);

  private final URI url;
  private final HttpClient client;

  public WebhookNotifier(URI url) {
    this.url = url;
    this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  }

  @Override
  public void notify(Event event) {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(TIMEOUT)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body(event)))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "webhook " + url + " answered " + response.statusCode() + ": " + response.body());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("webhook " + url + " unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while notifying " + url, e);
    }
  }

  static String body(Event event) {
    Map<String, Object> payload = new LinkedHashMap<>();
    String where = event.trial() == null ? "" : " [" + event.trial() + "]";
    String at = event.step() == null ? "" : " at step " + event.step();
    payload.put("text", "autolab supervisor" + where + at + ": " + event.message());
    payload.put("autolab", event);
    return Json.line(payload);
  }
}
