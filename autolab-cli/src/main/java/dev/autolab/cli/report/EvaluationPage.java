package dev.autolab.cli.report;

import dev.autolab.eval.Assessment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The {@code report.html} of {@code autolab evaluate}: the evaluation sections alone. */
public final class EvaluationPage {
  private EvaluationPage() {}

  public static void write(Path dir, String title, Assessment assessment) {
    StringBuilder page = new StringBuilder();
    page.append("<!doctype html><html><head><meta charset=\"utf-8\"><title>")
        .append(Html.escape(title))
        .append("</title><style>body{font-family:sans-serif;max-width:960px;margin:2em auto;")
        .append("color:#222}table{border-collapse:collapse}td,th{padding:3px 10px;")
        .append("border-bottom:1px solid #ddd;text-align:left}pre{background:#f6f6f6;")
        .append("padding:1em;overflow:auto}</style></head><body><h1>")
        .append(Html.escape(title))
        .append("</h1>")
        .append(QualitySections.verdict(assessment))
        .append("<pre>")
        .append(Html.escape(Tables.evaluation(assessment.evaluation())))
        .append("</pre>");
    QualitySections.append(page, assessment, List.of());
    page.append("</body></html>\n");
    try {
      Files.writeString(dir.resolve("report.html"), page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report in " + dir, e);
    }
  }
}
