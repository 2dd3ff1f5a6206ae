package dev.autolab.eval.quality;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The majority-class bias check: how far predictions over-represent the biggest class, and how the
 * smallest class fares.
 *
 * @param overRepresentation predicted share / actual share of the majority class (1 = fair)
 */
public record ClassBias(
    @JsonProperty("majority_class") String majorityClass,
    @JsonProperty("majority_actual_share") double majorityActualShare,
    @JsonProperty("majority_predicted_share") double majorityPredictedShare,
    @JsonProperty("over_representation") double overRepresentation,
    @JsonProperty("smallest_class") String smallestClass,
    @JsonProperty("smallest_class_recall") double smallestClassRecall) {

  public static ClassBias of(ScoredExamples examples) {
    int[] support = examples.support();
    int[] predictedCount = new int[support.length];
    int[] correct = new int[support.length];
    for (int i = 0; i < examples.size(); i++) {
      int p = examples.predicted(i);
      predictedCount[p]++;
      correct[p] += p == examples.actual()[i] ? 1 : 0;
    }
    int majority = 0;
    int smallest = -1;
    for (int c = 0; c < support.length; c++) {
      majority = support[c] > support[majority] ? c : majority;
      if (support[c] > 0 && (smallest < 0 || support[c] < support[smallest])) {
        smallest = c;
      }
    }
    smallest = Math.max(0, smallest);
    double n = Math.max(1, examples.size());
    double actualShare = support[majority] / n;
    double predictedShare = predictedCount[majority] / n;
    return new ClassBias(
        examples.classes().get(majority),
        actualShare,
        predictedShare,
        actualShare == 0 ? 0 : predictedShare / actualShare,
        examples.classes().get(smallest),
        support[smallest] == 0 ? 0 : (double) correct[smallest] / support[smallest]);
  }
}
