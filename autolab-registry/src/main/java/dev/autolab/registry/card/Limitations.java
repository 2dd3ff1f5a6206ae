package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The limits the evaluation found, in sentences generated from {@code evaluation.json}: every
 * failed gate, the passed gate closest to its threshold, the weakest class, the weakest slice, the
 * perturbation that costs most, the attack's success, the majority-class bias and the width of the
 * test set's confidence interval. Nothing here is boilerplate: a line appears only when its
 * evidence is in the evaluation.
 */
public final class Limitations {
  /** Below this many test rows, the interval of the headline metric is stated as a limit. */
  static final int SMALL_TEST_SET = 200;

  private Limitations() {}

  public static List<String> of(JsonNode evaluation) {
    List<String> lines = new ArrayList<>();
    gates(evaluation.path("gates"), lines);
    weakestClass(evaluation.at("/metrics/per_class"), lines);
    weakestSlice(evaluation, lines);
    robustness(evaluation.path("robustness"), lines);
    attack(evaluation.path("attack"), lines);
    bias(evaluation.at("/analysis/bias"), lines);
    testSetSize(evaluation, lines);
    return lines;
  }

  private static void gates(JsonNode gates, List<String> lines) {
    JsonNode closest = null;
    double closestMargin = Double.MAX_VALUE;
    for (JsonNode gate : gates.path("results")) {
      if (!gate.path("passed").asBoolean(true)) {
        lines.add("**Fails the " + gate.path("gate").asText() + " gate**: " + message(gate) + ".");
        continue;
      }
      double threshold = gate.path("threshold").asDouble();
      double margin =
          Math.abs(gate.path("value").asDouble() - threshold) / Math.max(Math.abs(threshold), 1e-9);
      if (margin < closestMargin) {
        closestMargin = margin;
        closest = gate;
      }
    }
    if (closest != null) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Closest to failing: the %s gate (%s), %.0f%% from its threshold.",
              closest.path("gate").asText(),
              message(closest),
              100 * closestMargin));
    }
  }

  private static String message(JsonNode gate) {
    return gate.path("message").asText(gate.path("gate").asText());
  }

  private static void weakestClass(JsonNode perClass, List<String> lines) {
    String weakest = null;
    double worst = Double.MAX_VALUE;
    for (var entry : perClass.properties()) {
      double recall = entry.getValue().path("recall").asDouble(Double.NaN);
      if (!Double.isNaN(recall) && recall < worst) {
        worst = recall;
        weakest = entry.getKey();
      }
    }
    if (weakest != null && perClass.size() > 1) {
      JsonNode metrics = perClass.path(weakest);
      lines.add(
          String.format(
              Locale.ROOT,
              "Weakest class: '%s' (recall %.3f, precision %.3f, %d test rows): expect more of"
                  + " its cases to be missed than of the others.",
              weakest,
              worst,
              metrics.path("precision").asDouble(),
              metrics.path("support").asInt()));
    }
  }

  private static void weakestSlice(JsonNode evaluation, List<String> lines) {
    double overall = evaluation.at("/metrics/macro_f1").asDouble(Double.NaN);
    JsonNode weakest = null;
    for (JsonNode slice : evaluation.path("slices")) {
      if (slice.path("n").asInt() > 0
          && (weakest == null
              || slice.path("macro_f1").asDouble() < weakest.path("macro_f1").asDouble())) {
        weakest = slice;
      }
    }
    if (weakest != null && !Double.isNaN(overall)) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Weakest slice: %s = '%s' (%d rows), macro-F1 %.3f against %.3f overall.",
              weakest.path("slicing").asText(),
              weakest.path("slice").asText(),
              weakest.path("n").asInt(),
              weakest.path("macro_f1").asDouble(),
              overall));
    }
  }

  private static void robustness(JsonNode robustness, List<String> lines) {
    JsonNode worst = null;
    for (JsonNode p : robustness.path("perturbations")) {
      if (worst == null
          || p.path("macro_f1_drop").asDouble() > worst.path("macro_f1_drop").asDouble()) {
        worst = p;
      }
    }
    if (worst != null) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Most harmful perturbation: %s lowers macro-F1 by %.3f and changes %.1f%% of the"
                  + " answers.",
              worst.path("perturbation").asText(),
              worst.path("macro_f1_drop").asDouble(),
              100 * worst.path("flip_rate").asDouble()));
    }
  }

  private static void attack(JsonNode attack, List<String> lines) {
    JsonNode largest = null;
    for (JsonNode budget : attack.path("budgets")) {
      largest = budget;
    }
    if (largest != null) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Adversarial text: a greedy character-substitution attack flips %.0f%% of %d correctly"
                  + " classified examples with %d edits per 100 characters.",
              100 * largest.path("success_rate").asDouble(),
              attack.path("attacked").asInt(),
              largest.path("edits_per_100_chars").asInt()));
    }
  }

  private static void bias(JsonNode bias, List<String> lines) {
    double over = bias.path("over_representation").asDouble(Double.NaN);
    if (!Double.isNaN(over) && over > 1.05) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Bias toward the majority class '%s': predicted %.1f%% of the time against %.1f%% of"
                  + " the test rows.",
              bias.path("majority_class").asText(),
              100 * bias.path("majority_predicted_share").asDouble(),
              100 * bias.path("majority_actual_share").asDouble()));
    }
  }

  private static void testSetSize(JsonNode evaluation, List<String> lines) {
    int n = evaluation.path("n").asInt();
    JsonNode interval = evaluation.at("/analysis/intervals/macro_f1");
    if (n < SMALL_TEST_SET && !interval.isMissingNode()) {
      lines.add(
          String.format(
              Locale.ROOT,
              "Small test set (%d rows): the 95%% bootstrap interval of macro-F1 is [%.3f, %.3f],"
                  + " so differences smaller than that are not established.",
              n,
              interval.path("low").asDouble(),
              interval.path("high").asDouble()));
    } else if (n < SMALL_TEST_SET) {
      lines.add("Small test set (" + n + " rows): the metrics are uncertain.");
    }
  }
}
