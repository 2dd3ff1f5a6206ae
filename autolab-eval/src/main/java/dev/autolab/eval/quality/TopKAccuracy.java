package dev.autolab.eval.quality;

import java.util.ArrayList;
import java.util.List;

/** The share of examples whose true class is among the {@code k} most probable. */
public record TopKAccuracy(int k, double accuracy) {
  /** Top-k for k = 2 and 3 where the task has more than k classes (top-1 is the accuracy). */
  public static List<TopKAccuracy> of(ScoredExamples examples) {
    List<TopKAccuracy> list = new ArrayList<>();
    for (int k = 2; k <= 3 && k < examples.classes().size(); k++) {
      int hits = 0;
      for (int i = 0; i < examples.size(); i++) {
        hits += rankOfTruth(examples.probabilities()[i], examples.actual()[i]) < k ? 1 : 0;
      }
      list.add(new TopKAccuracy(k, examples.size() == 0 ? 0 : (double) hits / examples.size()));
    }
    return list;
  }

  /** How many classes score strictly above the true one (ties favour the truth). */
  private static int rankOfTruth(double[] p, int truth) {
    int above = 0;
    for (double v : p) {
      above += v > p[truth] ? 1 : 0;
    }
    return above;
  }
}
