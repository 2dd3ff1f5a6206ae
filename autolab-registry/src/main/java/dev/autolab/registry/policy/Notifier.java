package dev.autolab.registry.policy;

import dev.autolab.core.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts a Slack-compatible JSON message ({@code {"text": ...}}, what an incoming webhook accepts)
 * to a URL. A notification that cannot be delivered is reported to the caller, not swallowed: a
 * critical change nobody heard of is the failure this exists to prevent.
 */
public final class Notifier {
  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  /** Sends the message; returns the HTTP status. */
  public int send(String url, String title, List<String> changes) {
    StringBuilder text = new StringBuilder(title);
    changes.forEach(c -> text.append("\n• ").append(c));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("text", text.toString());
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(url))
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.line(body)))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(
            "notification to " + url + " was refused: HTTP " + response.statusCode());
      }
      return response.statusCode();
    } catch (IOException e) {
      throw new IllegalStateException("cannot deliver the notification to " + url + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while notifying " + url, e);
    }
  }
}
