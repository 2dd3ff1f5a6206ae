package dev.autolab.cli.report;

import dev.autolab.cli.run.RunRecord;
import dev.autolab.cli.train.CurvePoint;
import dev.autolab.cli.train.DataSummary;
import dev.autolab.cli.train.RoundSummary;
import dev.autolab.core.Json;
import dev.autolab.data.PreparedDataset;
import dev.autolab.data.split.SplitInfo;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Evaluation;
import dev.autolab.train.plan.Candidate;
import dev.autolab.train.plan.Plan;
import dev.autolab.train.plan.Reason;
import dev.autolab.train.race.RaceResult;
import dev.autolab.train.race.Standing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes {@code report.html}: one self-contained page with the run's data, race and results. */
public final class ReportWriter {
  private ReportWriter() {}

  public static void write(
      Path runDir,
      RunRecord record,
      PreparedDataset dataset,
      Plan plan,
      RaceResult race,
      Assessment assessment,
      List<RoundSummary> rounds,
      List<CurvePoint> learningCurve) {
    StringBuilder page = new StringBuilder();
    page.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>Autolab run ")
        .append(Html.escape(record.id))
        .append("</title><style>body{font-family:sans-serif;max-width:960px;margin:2em auto;")
        .append("color:#222}table{border-collapse:collapse}td,th{padding:3px 10px;")
        .append("border-bottom:1px solid #ddd;text-align:left}pre{background:#f6f6f6;")
        .append("padding:1em;overflow:auto}</style></head><body>");
    page.append("<h1>Autolab run ").append(Html.escape(record.id)).append("</h1>");
    page.append("<p>Target <b>")
        .append(Html.escape(dataset.schema().target()))
        .append("</b>, task <b>")
        .append(dataset.schema().task().id())
        .append("</b>, best model <b>")
        .append(Html.escape(race.bestCandidate()))
        .append("</b>.</p>");
    page.append(QualitySections.verdict(assessment));
    data(page, dataset);
    DataSection.append(page, dataset);
    race(page, plan, race);
    evaluation(page, assessment.evaluation());
    QualitySections.append(page, assessment, rounds);
    QualitySections.learningCurve(page, learningCurve);
    SupervisorSection.append(page, runDir);
    ExportSection.append(page, runDir);
    page.append("<h2>Provenance</h2><pre>")
        .append(Html.escape(pretty(record.provenance)))
        .append("</pre></body></html>\n");
    try {
      Files.writeString(runDir.resolve("report.html"), page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + runDir, e);
    }
  }

  private static void data(StringBuilder page, PreparedDataset dataset) {
    page.append("<h2>Data</h2><table>");
    DataSummary.accounting(dataset)
        .forEach((key, value) -> row(page, key.replace('_', ' '), value));
    row(page, "fingerprint", dataset.fingerprint());
    row(
        page,
        "split",
        dataset.train().size()
            + " train / "
            + dataset.valid().size()
            + " valid / "
            + dataset.test().size()
            + " test ("
            + splitMethod(dataset.split())
            + ")");
    page.append("</table>");
    List<String> problems = dataset.profile().problems();
    if (!problems.isEmpty()) {
      page.append("<h3>Problems found in the data</h3><ul>");
      problems.forEach(problem -> page.append("<li>").append(Html.escape(problem)).append("</li>"));
      page.append("</ul>");
    }
  }

  /**
   * "stratified, seed 42", or "time order of 'day': train ... to ...; ..." (no seed takes part).
   */
  private static String splitMethod(SplitInfo split) {
    return split.timeColumn() != null
        ? split.description()
        : split.description() + ", seed " + split.seed();
  }

  private static String pretty(Object value) {
    try {
      return Json.pretty().writeValueAsString(value);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("provenance is plain data", e);
    }
  }

  private static void race(StringBuilder page, Plan plan, RaceResult race) {
    page.append("<h2>Candidates</h2><p>Validation score of each candidate.</p>");
    List<String> names = new ArrayList<>();
    double[] scores = new double[race.leaderboard().size()];
    double max = 0;
    for (int i = 0; i < scores.length; i++) {
      Standing standing = race.leaderboard().get(i);
      names.add(standing.candidate());
      scores[i] = standing.validScore();
      max = Math.max(max, Math.abs(scores[i]));
    }
    page.append(Svg.bars(names, scores, max, "%.4f"));
    page.append("<h3>Why these candidates</h3><ul>");
    for (Candidate candidate : plan.candidates()) {
      page.append("<li><b>").append(Html.escape(candidate.name())).append("</b><ul>");
      for (Reason reason : candidate.reasons()) {
        page.append("<li>")
            .append(Html.escape(reason.rule()))
            .append(": ")
            .append(Html.escape(reason.message()))
            .append("</li>");
      }
      page.append("</ul></li>");
    }
    page.append("</ul>");
  }

  private static void evaluation(StringBuilder page, Evaluation evaluation) {
    page.append("<h2>Test split</h2><pre>")
        .append(Html.escape(Tables.evaluation(evaluation)))
        .append("</pre>");
    if (evaluation.metrics() instanceof ClassificationMetrics m) {
      List<String> classes = new ArrayList<>(m.perClass().keySet());
      double[] f1 = new double[classes.size()];
      for (int i = 0; i < f1.length; i++) {
        ClassMetrics c = m.perClass().get(classes.get(i));
        f1[i] = c.f1();
      }
      page.append("<h3>F1 per class</h3>").append(Svg.bars(classes, f1, 1, "%.3f"));
      page.append("<h3>Confusion matrix (rows: actual, columns: predicted)</h3>")
          .append(Svg.heatmap(m.confusion().labels(), m.confusion().matrix()));
    }
  }

  private static void row(StringBuilder page, String name, Object value) {
    page.append("<tr><th>")
        .append(Html.escape(name))
        .append("</th><td>")
        .append(Html.escape(value))
        .append("</td></tr>");
  }
}
