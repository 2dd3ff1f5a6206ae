package dev.autolab.registry.card;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.registry.RunFolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown sections of a card, each drawn from one part of the run's record. */
final class CardSections {
  /** The supervisor's and planner's decisions are listed in brief: at most this many lines. */
  private static final int MAX_DECISIONS = 12;

  private final RunFolder run;
  private final StringBuilder out;

  CardSections(RunFolder run, StringBuilder out) {
    this.run = run;
    this.out = out;
  }

  void details() {
    JsonNode schema = run.model().path("schema");
    out.append("## Model details\n\n")
        .append("- **Task:** ")
        .append(run.task())
        .append(" of `")
        .append(schema.path("target").asText())
        .append("`\n- **Family:** `")
        .append(run.family())
        .append("`")
        .append(hyperparameters())
        .append("\n- **Inputs:** ")
        .append(features(schema))
        .append('\n');
    if (schema.path("classes").size() > 0) {
      out.append("- **Classes:** ").append(join(schema.path("classes"))).append('\n');
    }
    out.append("- **Built by:** Autolab ")
        .append(run.run().at("/provenance/autolab_version").asText("?"))
        .append(", run `")
        .append(run.runId())
        .append("` (")
        .append(run.run().path("ended").asText(run.run().path("started").asText()))
        .append(")\n- **Package size:** ")
        .append(
            run.evaluation().at("/latency/model_bytes").asLong(-1) < 0
                ? "see the files"
                : run.evaluation().at("/latency/model_bytes").asLong() + " bytes")
        .append("\n\n");
  }

  private String hyperparameters() {
    List<String> parts = new ArrayList<>();
    run.model()
        .path("hyperparameters")
        .properties()
        .forEach(
            e -> {
              if (e.getValue().isValueNode() && parts.size() < 8) {
                parts.add(e.getKey() + "=" + e.getValue().asText());
              }
            });
    return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
  }

  private static String features(JsonNode schema) {
    List<String> names = new ArrayList<>();
    for (JsonNode f : schema.path("features")) {
      names.add(
          "`"
              + f.path("name").asText()
              + "` ("
              + f.path("type").asText().toLowerCase(Locale.ROOT)
              + ")");
    }
    return String.join(", ", names);
  }

  void intendedUse() {
    JsonNode schema = run.model().path("schema");
    out.append("## Intended use\n\n")
        .append("Predicts `")
        .append(schema.path("target").asText())
        .append("` for rows with the same columns as `")
        .append(FrontMatter.datasetId(run))
        .append("`, drawn from the same population. ")
        .append("It was chosen on a validation split and measured once on a held-out test split. ")
        .append("Out of scope: data from another source or period than the training data, and ")
        .append("decisions about people without a human review of its answers.\n\n");
    if ("failed".equals(run.evaluation().path("verdict").asText())) {
      out.append(
          "> **Warning:** this model failed at least one quality gate (see Limitations).\n\n");
    }
  }

  void trainingData() {
    JsonNode data = run.run().path("data");
    JsonNode split = data.path("split");
    JsonNode rows = data.path("rows");
    out.append("## Training data\n\n")
        .append("- **Source:** `")
        .append(run.run().at("/config/data").asText("?"))
        .append("`\n- **Fingerprint:** `")
        .append(data.path("fingerprint").asText("?"))
        .append("`\n- **Rows:** ")
        .append(rows.path("rows_read").asLong())
        .append(" read, ")
        .append(rows.path("rows_used").asLong())
        .append(" used, ")
        .append(rows.path("rows_quarantined").asLong())
        .append(" quarantined, ")
        .append(rows.path("rows_duplicates").asLong())
        .append(" duplicates removed\n- **Split** (")
        .append(split.path("method").asText("?"))
        .append(", seed ")
        .append(split.path("seed").asText("?"))
        .append("): train ")
        .append(split.path("train").asLong())
        .append(", valid ")
        .append(split.path("valid").asLong())
        .append(", test ")
        .append(split.path("test").asLong())
        .append("\n\n");
  }

  void trainingProcedure() {
    out.append("## Training procedure\n\n");
    JsonNode candidates = run.plan().path("candidates");
    if (candidates.size() > 0) {
      out.append("The planner proposed these candidates:\n\n");
      for (JsonNode c : candidates) {
        List<String> rules = new ArrayList<>();
        for (JsonNode r : c.path("reasons")) {
          if (!rules.contains(r.path("rule").asText())) {
            rules.add(r.path("rule").asText());
          }
        }
        out.append("- `")
            .append(c.path("name").asText())
            .append("` (")
            .append(c.path("family").asText())
            .append("), by the rules ")
            .append(String.join(", ", rules))
            .append('\n');
      }
      out.append('\n');
    }
    JsonNode board = run.run().at("/result/leaderboard");
    if (board.size() > 0) {
      out.append("| candidate | family | validation ")
          .append(run.headlineMetric())
          .append(" | seconds |\n|---|---|---|---|\n");
      for (JsonNode row : board) {
        out.append("| ")
            .append(row.path("candidate").asText())
            .append(" | ")
            .append(row.path("family").asText())
            .append(" | ")
            .append(num(row.path("valid_score")))
            .append(" | ")
            .append(String.format(Locale.ROOT, "%.1f", row.path("seconds").asDouble()))
            .append(" |\n");
      }
      out.append('\n');
    }
    decisions();
  }

  /** The actions of the supervisor, the planner's revisions and the race's choices, in brief. */
  private void decisions() {
    List<String> lines = new ArrayList<>();
    int supervisorActions = 0;
    for (JsonNode e : run.journal()) {
      String stage = e.path("stage").asText();
      String kind = e.path("kind").asText();
      boolean decision =
          kind.equals("action")
              || (stage.equals("planner") && !kind.equals("signal"))
              || e.path("rule").asText().equals("best-on-validation") && kind.equals("note")
              || e.path("rule").asText().equals("verdict");
      if (stage.equals("supervisor") && kind.equals("action")) {
        supervisorActions++;
      }
      if (decision && lines.size() < MAX_DECISIONS) {
        lines.add(
            "- "
                + stage
                + (e.has("round") ? " (round " + e.path("round").asInt() + ")" : "")
                + ": "
                + e.path("message").asText());
      }
    }
    out.append("Decisions (from `journal.jsonl`; the training supervisor acted ")
        .append(supervisorActions)
        .append(" time(s)):\n\n");
    lines.forEach(l -> out.append(l).append('\n'));
    out.append('\n');
  }

  void evaluation() {
    JsonNode evaluation = run.evaluation();
    out.append("## Evaluation\n\nOn the ")
        .append(evaluation.path("split").asText("test"))
        .append(" split (")
        .append(evaluation.path("n").asInt())
        .append(" rows); verdict **")
        .append(evaluation.path("verdict").asText("not gated"))
        .append("**.\n\n| metric | value |\n|---|---|\n");
    for (MetricEntry m : MetricEntry.of(evaluation)) {
      out.append("| ").append(m.key()).append(" | ").append(num(m.value())).append(" |\n");
    }
    out.append('\n');
    JsonNode perClass = evaluation.at("/metrics/per_class");
    if (perClass.size() > 0) {
      out.append("| class | precision | recall | F1 | support |\n|---|---|---|---|---|\n");
      perClass
          .properties()
          .forEach(
              e ->
                  out.append("| ")
                      .append(e.getKey())
                      .append(" | ")
                      .append(num(e.getValue().path("precision")))
                      .append(" | ")
                      .append(num(e.getValue().path("recall")))
                      .append(" | ")
                      .append(num(e.getValue().path("f1")))
                      .append(" | ")
                      .append(e.getValue().path("support").asInt())
                      .append(" |\n"));
      out.append('\n');
    }
    slices(evaluation.path("slices"));
    robustness(evaluation.path("robustness"));
    latency(evaluation.path("latency"));
  }

  private void slices(JsonNode slices) {
    if (slices.size() == 0) {
      return;
    }
    out.append(
        "Slices:\n\n| slicing | slice | rows | accuracy | macro-F1 |\n|---|---|---|---|---|\n");
    for (JsonNode s : slices) {
      out.append("| ")
          .append(s.path("slicing").asText())
          .append(" | ")
          .append(s.path("slice").asText())
          .append(" | ")
          .append(s.path("n").asInt())
          .append(" | ")
          .append(num(s.path("accuracy")))
          .append(" | ")
          .append(num(s.path("macro_f1")))
          .append(" |\n");
    }
    out.append('\n');
  }

  private void robustness(JsonNode robustness) {
    if (robustness.path("perturbations").size() == 0) {
      return;
    }
    out.append("Robustness (macro-F1 clean ")
        .append(num(robustness.path("clean_macro_f1")))
        .append("):\n\n| perturbation | macro-F1 | drop | answers changed |\n|---|---|---|---|\n");
    for (JsonNode p : robustness.path("perturbations")) {
      out.append("| ")
          .append(p.path("perturbation").asText())
          .append(" | ")
          .append(num(p.path("macro_f1")))
          .append(" | ")
          .append(num(p.path("macro_f1_drop")))
          .append(" | ")
          .append(num(p.path("flip_rate")))
          .append(" |\n");
    }
    out.append('\n');
  }

  private void latency(JsonNode latency) {
    if (latency.isMissingNode()) {
      return;
    }
    JsonNode one = latency.path("one_thread");
    out.append(
        String.format(
            Locale.ROOT,
            "Latency on the build machine (CPU, one row): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms;"
                + " cold start %.0f ms; %.0f rows/s at batch 32 on one thread.%n%n",
            one.path("p50_ms").asDouble(),
            one.path("p95_ms").asDouble(),
            one.path("p99_ms").asDouble(),
            latency.path("cold_start_ms").asDouble(),
            one.path("throughput_batch32").asDouble()));
  }

  /** The export stage's comparison table ({@code exports.json}), or why there is none. */
  void quantization() {
    out.append("## Quantization comparison\n\n");
    if (!run.hasExports()) {
      out.append("No export was run for this model (the run has no `exports.json`): there are no")
          .append(
              " quantized variants to compare. Run `autolab export` on the run to add them.\n\n");
      return;
    }
    JsonNode variants = run.exports().path("variants");
    out.append("| variant | format | precision | bytes | metric | p50 ms | p95 ms | rows/s |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (JsonNode v : variants) {
      List<String> metrics = new ArrayList<>();
      v.path("metric").properties().forEach(m -> metrics.add(m.getKey() + " " + num(m.getValue())));
      out.append("| ")
          .append(v.path("name").asText())
          .append(" | ")
          .append(v.path("format").asText())
          .append(" | ")
          .append(v.path("precision").asText())
          .append(" | ")
          .append(v.path("bytes").asLong())
          .append(" | ")
          .append(String.join(", ", metrics))
          .append(" | ")
          .append(num(v.at("/latency_ms/p50")))
          .append(" | ")
          .append(num(v.at("/latency_ms/p95")))
          .append(" | ")
          .append(num(v.path("throughput")))
          .append(" |\n");
    }
    out.append("\nRecommended: `")
        .append(run.exports().path("recommended").asText("none"))
        .append("` (from `exports.json`).\n\n");
  }

  void usage() {
    out.append(
            "## How to use\n\nCommand line (JSON lines with the label and its probabilities):\n\n")
        .append("```bash\n")
        .append(UsageSnippets.cli())
        .append("```\n\nJava (artifact `dev.autolab:autolab-train`; neural families also need")
        .append(" `dev.autolab:autolab-neural`), run with this folder as its argument:\n\n")
        .append("```java\n")
        .append(UsageSnippets.java(run))
        .append("```\n\n");
    String python = UsageSnippets.python(run);
    if (python == null) {
      out.append("Python: the package has no ONNX file, so there is no onnxruntime example; ")
          .append("export the model to ONNX first.\n\n");
    } else {
      out.append("Python with onnxruntime (`pip install onnxruntime numpy`):\n\n```python\n")
          .append(python)
          .append("```\n\n");
    }
  }

  void reproducibility() {
    JsonNode p = run.run().path("provenance");
    out.append("## Reproducibility\n\n")
        .append("- **Code:** git commit `")
        .append(p.path("git_commit").asText("none (not a git working tree)"))
        .append("`")
        .append(p.path("git_dirty").asBoolean(false) ? " with uncommitted changes" : "")
        .append("\n- **Seed:** ")
        .append(run.run().at("/config/seed").asText("?"))
        .append("\n- **Command:** `autolab ")
        .append(join(run.run().path("args")).replace(", ", " "))
        .append("`\n- **Machine:** ")
        .append(p.path("jdk").asText())
        .append(", ")
        .append(p.path("os").asText())
        .append(", ")
        .append(p.path("cpu").asText())
        .append("\n\n`autolab reproduce ")
        .append(run.runId())
        .append("` re-runs it from this record and compares fingerprints and metrics.\n");
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(n -> items.add(n.asText()));
    return String.join(", ", items);
  }

  private static String num(JsonNode node) {
    return node.isNumber() ? num(node.doubleValue()) : "-";
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
