package dev.autolab.cli.report;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The training supervisor in the report: for each supervised training (a race trial, a refit), its
 * smoothed training loss and validation loss by step with every action marked where it was taken,
 * then the timeline of actions with their evidence's one-line message. Read back from {@code
 * journal.jsonl}, where the supervisor wrote the curves at the end of each training.
 */
final class SupervisorSection {
  private static final int WIDTH = 640;
  private static final int HEIGHT = 220;
  private static final int LEFT = 56;
  private static final int BOTTOM = 24;

  private SupervisorSection() {}

  static void append(StringBuilder page, Path runDir) {
    List<JsonNode> events = supervisorEvents(runDir.resolve("journal.jsonl"));
    if (events.isEmpty()) {
      return;
    }
    page.append("<h2>Training supervisor</h2><p>Smoothed training loss (blue) and validation")
        .append(" loss (orange dots) by optimizer step; red lines mark the supervisor's actions.")
        .append("</p>");
    List<JsonNode> actions = new ArrayList<>();
    for (JsonNode event : events) {
      if ("action".equals(event.path("kind").asText())) {
        actions.add(event);
      } else if ("curve".equals(event.path("rule").asText())) {
        page.append("<h3>")
            .append(Html.escape(event.path("trial").asText("training")))
            .append(": ")
            .append(Html.escape(event.path("message").asText()))
            .append("</h3>")
            .append(chart(event.path("evidence"), actions));
        timeline(page, actions);
        actions = new ArrayList<>();
      }
    }
  }

  private static List<JsonNode> supervisorEvents(Path journal) {
    List<JsonNode> events = new ArrayList<>();
    if (!Files.exists(journal)) {
      return events;
    }
    try {
      for (String line : Files.readAllLines(journal)) {
        JsonNode event = Json.mapper().readTree(line);
        if ("supervisor".equals(event.path("stage").asText())) {
          events.add(event);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + journal, e);
    }
    return events;
  }

  /** One training's curves with its actions as vertical lines; the loss axis starts at zero. */
  static String chart(JsonNode curves, List<JsonNode> actions) {
    JsonNode train = curves.path("train_loss");
    JsonNode valid = curves.path("valid_loss");
    double maxStep = 1;
    double maxLoss = 1e-9;
    for (JsonNode series : List.of(train, valid)) {
      for (JsonNode point : series) {
        maxStep = Math.max(maxStep, point.get(0).asDouble());
        maxLoss = Math.max(maxLoss, point.get(1).asDouble());
      }
    }
    // Diverged losses would flatten the healthy part: the axis stops at 3x the median loss.
    maxLoss = Math.min(maxLoss, 3 * median(train, valid));
    StringBuilder svg =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\""
                    + " class=\"supervisor-curve\" font-family=\"sans-serif\" font-size=\"11\">",
                WIDTH,
                HEIGHT));
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#999\"/>"
                + "<text x=\"4\" y=\"12\">%.3g</text><text x=\"4\" y=\"%d\">0</text>"
                + "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">step %.0f</text>",
            LEFT,
            HEIGHT - BOTTOM,
            WIDTH - 4,
            HEIGHT - BOTTOM,
            maxLoss,
            HEIGHT - BOTTOM,
            WIDTH - 4,
            HEIGHT - 6,
            maxStep));
    StringBuilder line = new StringBuilder();
    for (JsonNode point : train) {
      line.append(x(point.get(0).asDouble(), maxStep))
          .append(',')
          .append(y(point.get(1).asDouble(), maxLoss))
          .append(' ');
    }
    svg.append("<polyline fill=\"none\" stroke=\"#4c78a8\" stroke-width=\"1.5\" points=\"")
        .append(line.toString().trim())
        .append("\"/>");
    for (JsonNode point : valid) {
      svg.append(
          String.format(
              Locale.ROOT,
              "<circle cx=\"%s\" cy=\"%s\" r=\"3\" fill=\"#f58518\"/>",
              x(point.get(0).asDouble(), maxStep),
              y(point.get(1).asDouble(), maxLoss)));
    }
    for (JsonNode action : actions) {
      String ax = x(action.path("step").asDouble(), maxStep);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line class=\"supervisor-action\" x1=\"%s\" y1=\"14\" x2=\"%s\" y2=\"%d\""
                  + " stroke=\"#d62728\" stroke-dasharray=\"4 2\"><title>%s</title></line>"
                  + "<text x=\"%s\" y=\"12\" fill=\"#d62728\" text-anchor=\"middle\">%s</text>",
              ax,
              ax,
              HEIGHT - BOTTOM,
              Html.escape(action.path("message").asText()),
              ax,
              Html.escape(action.path("rule").asText())));
    }
    return svg.append("</svg>").toString();
  }

  private static void timeline(StringBuilder page, List<JsonNode> actions) {
    if (actions.isEmpty()) {
      page.append("<p>No corrective action.</p>");
      return;
    }
    page.append("<table><tr><th>step</th><th>rule</th><th>knob</th><th>from</th><th>to</th>")
        .append("<th>why</th></tr>");
    for (JsonNode action : actions) {
      page.append("<tr><td>")
          .append(action.path("step").asLong())
          .append("</td><td>")
          .append(Html.escape(action.path("rule").asText()))
          .append("</td><td>")
          .append(Html.escape(action.path("knob").asText()))
          .append("</td><td>")
          .append(Html.escape(action.path("from").asText()))
          .append("</td><td>")
          .append(Html.escape(action.path("to").asText()))
          .append("</td><td>")
          .append(Html.escape(action.path("message").asText()))
          .append("</td></tr>");
    }
    page.append("</table>");
  }

  private static double median(JsonNode train, JsonNode valid) {
    List<Double> values = new ArrayList<>();
    for (JsonNode series : List.of(train, valid)) {
      for (JsonNode point : series) {
        values.add(point.get(1).asDouble());
      }
    }
    if (values.isEmpty()) {
      return 1;
    }
    values.sort(Double::compare);
    return Math.max(1e-9, values.get(values.size() / 2));
  }

  private static String x(double step, double maxStep) {
    return String.format(Locale.ROOT, "%.1f", LEFT + (WIDTH - LEFT - 8) * step / maxStep);
  }

  private static String y(double loss, double maxLoss) {
    double clamped = Math.max(0, Math.min(loss, maxLoss));
    return String.format(
        Locale.ROOT, "%.1f", 14 + (HEIGHT - BOTTOM - 14) * (1 - clamped / maxLoss));
  }
}
