package dev.autolab.eval.quality;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.autolab.eval.Confusion;
import dev.autolab.eval.Evaluator;
import java.util.List;

/**
 * What a careful reviewer reads beyond accuracy: ranking quality, calibration, top-k, confidence
 * intervals, the majority-class bias and the costliest mistakes.
 */
@JsonPropertyOrder({"ranking", "calibration", "top_k", "intervals", "bias", "costly_pairs"})
public record ClassificationAnalysis(
    RankingMetrics ranking,
    Calibration calibration,
    @JsonProperty("top_k") List<TopKAccuracy> topK,
    BootstrapIntervals intervals,
    ClassBias bias,
    @JsonProperty("costly_pairs") List<ConfusionPair> costlyPairs) {

  public static ClassificationAnalysis of(ScoredExamples examples, long seed) {
    Confusion confusion =
        Evaluator.classification(examples.classes(), examples.actual(), examples.probabilities())
            .confusion();
    return new ClassificationAnalysis(
        Ranking.of(examples),
        Calibration.of(examples),
        TopKAccuracy.of(examples),
        Bootstrap.of(examples, seed),
        ClassBias.of(examples),
        ConfusionPair.costliest(examples.classes(), confusion.matrix()));
  }
}
