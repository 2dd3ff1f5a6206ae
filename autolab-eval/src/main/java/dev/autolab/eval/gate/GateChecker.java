package dev.autolab.eval.gate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Metric;
import dev.autolab.eval.RegressionMetrics;
import dev.autolab.eval.robust.PerturbationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Checks every gate of a spec against what was measured. */
public final class GateChecker {
  private GateChecker() {}

  /**
   * @param source where the spec came from, for the report
   * @param base the directory a relative {@code production} path is read from
   */
  public static GateReport check(GateSpec spec, String source, GateInputs in, Path base) {
    List<GateResult> results = new ArrayList<>();
    if (in.metrics() instanceof ClassificationMetrics m) {
      classification(spec, m, results);
    } else if (in.metrics() instanceof RegressionMetrics m && spec.r2Min() != null) {
      results.add(GateResult.atLeast(GateKind.R2, null, m.r2(), spec.r2Min(), "test R²"));
    }
    if (spec.robustnessDropMax() != null && in.robustness() != null) {
      in.robustness()
          .worst()
          .ifPresent(
              (PerturbationResult worst) ->
                  results.add(
                      GateResult.atMost(
                          GateKind.ROBUSTNESS_DROP,
                          worst.perturbation(),
                          worst.macroF1Drop(),
                          spec.robustnessDropMax(),
                          "macro-F1 drop under " + worst.perturbation())));
    }
    if (spec.attackSuccessMax() != null && in.attack() != null && in.attack().attacked() > 0) {
      int budget = spec.attackBudget() == null ? 5 : spec.attackBudget();
      results.add(
          GateResult.atMost(
              GateKind.ATTACK_SUCCESS,
              budget + " per 100 chars",
              in.attack().successRate(budget),
              spec.attackSuccessMax(),
              "attack success rate at " + budget + " edits per 100 chars"));
    }
    if (spec.p95LatencyMsMax() != null && in.latency() != null) {
      results.add(
          GateResult.atMost(
              GateKind.P95_LATENCY_MS,
              null,
              in.latency().allThreads().p95Ms(),
              spec.p95LatencyMsMax(),
              "p95 single-row latency (ms)"));
    }
    if (spec.controlAccuracyMin() != null && in.control() != null) {
      results.add(
          GateResult.atLeast(
              GateKind.CONTROL_ACCURACY,
              in.control().file(),
              in.control().accuracy(),
              spec.controlAccuracyMin(),
              "control-set accuracy"));
    }
    if (spec.production() != null) {
      production(spec, in, base, results);
    }
    return GateReport.of(source, results);
  }

  private static void classification(
      GateSpec spec, ClassificationMetrics m, List<GateResult> results) {
    if (spec.macroF1Min() != null) {
      results.add(
          GateResult.atLeast(GateKind.MACRO_F1, null, m.macroF1(), spec.macroF1Min(), "macro-F1"));
    }
    if (spec.minClassRecall() != null) {
      for (Map.Entry<String, ClassMetrics> e : m.perClass().entrySet()) {
        if (e.getValue().support() > 0) {
          results.add(
              GateResult.atLeast(
                  GateKind.CLASS_RECALL,
                  e.getKey(),
                  e.getValue().recall(),
                  spec.minClassRecall(),
                  "recall of '" + e.getKey() + "'"));
        }
      }
    }
  }

  /**
   * Production comparison: a higher-is-better metric fails below production × (1 - tolerance), a
   * lower-is-better one above production × (1 + tolerance).
   */
  private static void production(
      GateSpec spec, GateInputs in, Path base, List<GateResult> results) {
    Path file = base.resolve(spec.production());
    JsonNode metrics;
    try {
      metrics = Json.mapper().readTree(file.toFile()).path("metrics");
    } catch (IOException e) {
      throw new BadInputException(
          "gates: production " + file + " is not a readable evaluation.json: " + e.getMessage(), e);
    }
    double tolerance = spec.productionTolerance() == null ? 0.05 : spec.productionTolerance();
    for (Metric metric : Metric.values()) {
      JsonNode old = metrics.get(metric.id());
      if (old == null || !old.isNumber()) {
        continue;
      }
      double now;
      try {
        now = in.metrics().value(metric);
      } catch (IllegalArgumentException otherTask) {
        continue;
      }
      double before = old.asDouble();
      String what = metric.id() + " against production's " + String.format("%.4f", before);
      results.add(
          metric.higherIsBetter()
              ? GateResult.atLeast(
                  GateKind.VS_PRODUCTION, metric.id(), now, before * (1 - tolerance), what)
              : GateResult.atMost(
                  GateKind.VS_PRODUCTION, metric.id(), now, before * (1 + tolerance), what));
    }
  }
}
