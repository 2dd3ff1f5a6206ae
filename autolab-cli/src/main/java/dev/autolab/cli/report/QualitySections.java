package dev.autolab.cli.report;

import dev.autolab.cli.train.CurvePoint;
import dev.autolab.cli.train.RoundSummary;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.control.ControlResult;
import dev.autolab.eval.gate.GateResult;
import dev.autolab.eval.latency.LatencyReport;
import dev.autolab.eval.latency.LatencyRun;
import dev.autolab.eval.quality.ClassificationAnalysis;
import dev.autolab.eval.quality.ConfusionPair;
import dev.autolab.eval.quality.Interval;
import dev.autolab.eval.robust.BudgetResult;
import dev.autolab.eval.robust.PerturbationResult;
import dev.autolab.eval.slice.SliceMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's evaluation sections beyond the headline metrics: verdict and gates, rounds,
 * analysis, slices, robustness, attack, latency and the control set.
 */
public final class QualitySections {
  private QualitySections() {}

  /** A banner with the verdict, red when any gate failed. */
  public static String verdict(Assessment assessment) {
    boolean passed = assessment.passed();
    return "<p id=\"verdict\" style=\"padding:.6em 1em;font-weight:bold;background:"
        + (passed ? "#e6f4ea" : "#fce8e6")
        + "\">"
        + (passed
            ? "Quality gates: PASSED (every gate)"
            : "Quality gates: FAILED ("
                + assessment.gates().failures().size()
                + " failing). This model is delivered marked as failing.")
        + "</p>";
  }

  /** Every section that has data, in reading order. */
  public static void append(StringBuilder page, Assessment assessment, List<RoundSummary> rounds) {
    gates(page, assessment);
    if (rounds != null && !rounds.isEmpty()) {
      rounds(page, rounds);
    }
    if (assessment.metrics() instanceof ClassificationMetrics m) {
      recall(page, m);
    }
    if (assessment.analysis() != null) {
      analysis(page, assessment.analysis());
    }
    if (assessment.slices() != null) {
      slices(page, assessment.slices());
    }
    if (assessment.robustness() != null) {
      robustness(page, assessment);
    }
    if (assessment.latency() != null) {
      latency(page, assessment.latency());
    }
    if (assessment.control() != null) {
      control(page, assessment);
    }
  }

  /** Validation score against training rows, for the delivered model's settings. */
  public static void learningCurve(StringBuilder page, List<CurvePoint> points) {
    if (points == null || points.isEmpty()) {
      return;
    }
    List<String> labels = new ArrayList<>();
    double[] scores = new double[points.size()];
    double max = 0;
    for (int i = 0; i < scores.length; i++) {
      labels.add(points.get(i).rows() + " training rows");
      scores[i] = points.get(i).score();
      max = Math.max(max, Math.abs(scores[i]));
    }
    page.append("<h2>Learning curve</h2><p>Validation score of the chosen settings fitted on")
        .append(" part of the training rows; still rising at the bottom means more data would")
        .append(" help.</p>")
        .append(Svg.bars(labels, scores, max, "%.4f"));
  }

  private static void gates(StringBuilder page, Assessment assessment) {
    page.append("<h2>Quality gates</h2><table><tr><th>gate</th><th>subject</th><th>value</th>")
        .append("<th>threshold</th><th>verdict</th></tr>");
    for (GateResult gate : assessment.gates().results()) {
      page.append("<tr><td>")
          .append(gate.gate().id())
          .append("</td><td>")
          .append(Html.escape(gate.subject() == null ? "" : gate.subject()))
          .append("</td><td>")
          .append(number(gate.value()))
          .append("</td><td>")
          .append(Html.escape(gate.comparison() + " " + number(gate.threshold())))
          .append("</td><td>")
          .append(gate.passed() ? "passed" : "<b style=\"color:#b00\">FAILED</b>")
          .append("</td></tr>");
    }
    page.append("</table>");
  }

  private static void rounds(StringBuilder page, List<RoundSummary> rounds) {
    page.append("<h2>Rounds</h2><p>Each round after the first was planned from the failures of")
        .append(" the one before. Learning across rounds: test score and worst-class recall.</p>");
    List<String> labels = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (RoundSummary r : rounds) {
      labels.add("round " + r.round() + " " + r.metric());
      values.add(r.score());
      if (r.worstClassRecall() != null) {
        labels.add("round " + r.round() + " recall of " + r.worstClass());
        values.add(r.worstClassRecall());
      }
    }
    page.append(Svg.bars(labels, unbox(values), 1, "%.3f"));
    page.append("<ul>");
    for (RoundSummary r : rounds) {
      page.append("<li>round ")
          .append(r.round())
          .append(": ")
          .append(Html.escape(r.family()))
          .append(", ")
          .append(r.verdict())
          .append(r.failedGates().isEmpty() ? "" : " (" + Html.escape(r.failedGates()) + ")")
          .append("</li>");
    }
    page.append("</ul>");
  }

  private static void recall(StringBuilder page, ClassificationMetrics m) {
    List<String> classes = new ArrayList<>(m.perClass().keySet());
    double[] recall = new double[classes.size()];
    for (int i = 0; i < recall.length; i++) {
      ClassMetrics c = m.perClass().get(classes.get(i));
      recall[i] = c.recall();
    }
    page.append("<h3>Recall per class</h3>").append(Svg.bars(classes, recall, 1, "%.3f"));
  }

  private static void analysis(StringBuilder page, ClassificationAnalysis a) {
    page.append("<h2>Beyond accuracy</h2><table>");
    row(page, "macro ROC-AUC (one-vs-rest)", a.ranking().macroRocAuc());
    row(page, "macro PR-AUC (one-vs-rest)", a.ranking().macroPrAuc());
    row(page, "expected calibration error", a.calibration().ece());
    a.topK().forEach(t -> row(page, "top-" + t.k() + " accuracy", t.accuracy()));
    interval(page, "accuracy", a.intervals().accuracy());
    interval(page, "macro-F1", a.intervals().macroF1());
    interval(page, "log-loss", a.intervals().logLoss());
    row(
        page,
        "majority class '" + a.bias().majorityClass() + "': predicted / actual share",
        a.bias().overRepresentation());
    row(
        page,
        "smallest class '" + a.bias().smallestClass() + "': recall",
        a.bias().smallestClassRecall());
    page.append("</table><h3>Reliability diagram</h3>")
        .append(Svg.reliability(a.calibration().bins()));
    page.append("<h3>Costliest confusions</h3><ul>");
    for (ConfusionPair pair : a.costlyPairs()) {
      page.append("<li>")
          .append(Html.escape(pair.actual() + " predicted as " + pair.predicted()))
          .append(": ")
          .append(pair.count())
          .append(String.format(Locale.ROOT, " (%.1f%% of ", 100 * pair.rate()))
          .append(Html.escape(pair.actual()))
          .append(")</li>");
    }
    page.append("</ul>");
  }

  private static void interval(StringBuilder page, String name, Interval interval) {
    row(
        page,
        name + " (95% bootstrap interval)",
        String.format(
            Locale.ROOT,
            "%.4f [%.4f, %.4f]",
            interval.estimate(),
            interval.low(),
            interval.high()));
  }

  private static void slices(StringBuilder page, List<SliceMetrics> slices) {
    page.append("<h2>Slices</h2><table><tr><th>slicing</th><th>slice</th><th>n</th>")
        .append("<th>accuracy</th><th>macro-F1</th></tr>");
    for (SliceMetrics s : slices) {
      page.append("<tr><td>")
          .append(Html.escape(s.slicing()))
          .append("</td><td>")
          .append(Html.escape(s.slice()))
          .append("</td><td>")
          .append(s.n())
          .append("</td><td>")
          .append(number(s.accuracy()))
          .append("</td><td>")
          .append(number(s.macroF1()))
          .append("</td></tr>");
    }
    page.append("</table>");
  }

  private static void robustness(StringBuilder page, Assessment assessment) {
    List<String> names = new ArrayList<>();
    List<Double> drops = new ArrayList<>();
    for (PerturbationResult p : assessment.robustness().perturbations()) {
      names.add(p.perturbation());
      drops.add(Math.max(0, p.macroF1Drop()));
    }
    double max = Math.max(0.05, drops.stream().mapToDouble(Double::doubleValue).max().orElse(0));
    page.append("<h2>Robustness</h2><p>Macro-F1 lost under each perturbation (clean: ")
        .append(number(assessment.robustness().cleanMacroF1()))
        .append(").</p>")
        .append(Svg.bars(names, unbox(drops), max, "%.4f"));
    if (assessment.attack() != null) {
      page.append("<h3>Character-substitution attack</h3><p>")
          .append(assessment.attack().attacked())
          .append(" correctly classified examples attacked on '")
          .append(Html.escape(assessment.attack().column()))
          .append("'")
          .append(
              assessment.attack().stoppedBy() == null
                  ? ""
                  : " (of "
                      + assessment.attack().chosen()
                      + " chosen; stopped by its "
                      + Html.escape(assessment.attack().stoppedBy())
                      + ")")
          .append(".</p><table><tr><th>edits per 100 chars</th><th>success rate</th></tr>");
      for (BudgetResult b : assessment.attack().budgets()) {
        page.append("<tr><td>")
            .append(b.editsPer100Chars())
            .append("</td><td>")
            .append(number(b.successRate()))
            .append("</td></tr>");
      }
      page.append("</table>");
    }
  }

  private static void latency(StringBuilder page, LatencyReport latency) {
    page.append("<h2>Latency and size</h2><table>");
    row(page, "cold start (ms)", latency.coldStartMs());
    row(page, "model size (bytes)", latency.modelBytes());
    row(page, "peak heap (MB)", latency.peakHeapMb());
    for (LatencyRun run : List.of(latency.allThreads(), latency.oneThread())) {
      String label = run.threads() + " thread(s): ";
      row(
          page,
          label + "p50 / p95 / p99 ms, batch 1",
          String.format(Locale.ROOT, "%.3f / %.3f / %.3f", run.p50Ms(), run.p95Ms(), run.p99Ms()));
      row(page, label + "rows/s at batch 32", run.throughputBatch32());
    }
    page.append("</table><h3>Single-row latency</h3>")
        .append(Svg.histogram(latency.allThreads().samplesMs(), 30, "ms"));
  }

  private static void control(StringBuilder page, Assessment assessment) {
    page.append("<h2>Control set</h2><p>")
        .append(assessment.control().correct())
        .append(" of ")
        .append(assessment.control().n())
        .append(" right.</p><table><tr><th>line</th><th>expected</th><th>predicted</th>")
        .append("<th>confidence</th><th></th></tr>");
    for (ControlResult r : assessment.control().results()) {
      page.append("<tr><td>")
          .append(r.line())
          .append("</td><td>")
          .append(Html.escape(r.actual()))
          .append("</td><td>")
          .append(Html.escape(r.predicted()))
          .append("</td><td>")
          .append(number(r.confidence()))
          .append("</td><td>")
          .append(r.correct() ? "ok" : "<b style=\"color:#b00\">wrong</b>")
          .append("</td></tr>");
    }
    page.append("</table>");
  }

  private static void row(StringBuilder page, String name, Object value) {
    page.append("<tr><th>")
        .append(Html.escape(name))
        .append("</th><td>")
        .append(Html.escape(value instanceof Double d ? number(d) : String.valueOf(value)))
        .append("</td></tr>");
  }

  private static String number(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  private static double[] unbox(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
