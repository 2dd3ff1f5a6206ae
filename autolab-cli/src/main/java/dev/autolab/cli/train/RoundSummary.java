package dev.autolab.cli.train;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.autolab.eval.Assessment;
import dev.autolab.eval.ClassMetrics;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Metric;
import java.util.List;
import java.util.Map;

/**
 * One training round in {@code run.json} and the report.
 *
 * @param worstClass the class with the lowest test recall (classification)
 * @param failedGates the gates that failed, as "kind subject"
 */
public record RoundSummary(
    int round,
    String family,
    String metric,
    double score,
    @JsonProperty("worst_class") String worstClass,
    @JsonProperty("worst_class_recall") Double worstClassRecall,
    String verdict,
    @JsonProperty("failed_gates") List<String> failedGates) {

  static RoundSummary of(int round, Assessment assessment, Metric metric) {
    String worst = null;
    Double recall = null;
    if (assessment.metrics() instanceof ClassificationMetrics m) {
      for (Map.Entry<String, ClassMetrics> e : m.perClass().entrySet()) {
        if (e.getValue().support() > 0 && (recall == null || e.getValue().recall() < recall)) {
          worst = e.getKey();
          recall = e.getValue().recall();
        }
      }
    }
    List<String> failed =
        assessment.gates().failures().stream()
            .map(g -> g.gate().id() + (g.subject() == null ? "" : " " + g.subject()))
            .toList();
    return new RoundSummary(
        round,
        assessment.evaluation().model(),
        metric.id(),
        assessment.metrics().value(metric),
        worst,
        recall,
        assessment.verdict(),
        failed);
  }
}
