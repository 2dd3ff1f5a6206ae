package dev.autolab.eval.quality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Computes {@link RankingMetrics}. */
public final class Ranking {
  private Ranking() {}

  public static RankingMetrics of(ScoredExamples examples) {
    Map<String, ClassRanking> perClass = new LinkedHashMap<>();
    double rocSum = 0;
    double prSum = 0;
    int defined = 0;
    for (int c = 0; c < examples.classes().size(); c++) {
      boolean[] positive = new boolean[examples.size()];
      double[] score = new double[examples.size()];
      int positives = 0;
      for (int i = 0; i < score.length; i++) {
        positive[i] = examples.actual()[i] == c;
        score[i] = examples.probabilities()[i][c];
        positives += positive[i] ? 1 : 0;
      }
      if (positives == 0 || positives == score.length) {
        perClass.put(examples.classes().get(c), new ClassRanking(null, null));
        continue;
      }
      double roc = rocAuc(score, positive, positives);
      double pr = averagePrecision(score, positive, positives);
      perClass.put(examples.classes().get(c), new ClassRanking(roc, pr));
      rocSum += roc;
      prSum += pr;
      defined++;
    }
    return defined == 0
        ? new RankingMetrics(null, null, perClass)
        : new RankingMetrics(rocSum / defined, prSum / defined, perClass);
  }

  /**
   * The Mann-Whitney form of the ROC area: the chance that a random positive scores above a random
   * negative, ties counting one half (tied scores share their mean rank).
   */
  static double rocAuc(double[] score, boolean[] positive, int positives) {
    Integer[] order = sortedAscending(score);
    double rankSum = 0;
    int i = 0;
    while (i < order.length) {
      int j = i;
      while (j + 1 < order.length && score[order[j + 1]] == score[order[i]]) {
        j++;
      }
      double meanRank = (i + j) / 2.0 + 1;
      for (int t = i; t <= j; t++) {
        if (positive[order[t]]) {
          rankSum += meanRank;
        }
      }
      i = j + 1;
    }
    long negatives = score.length - positives;
    return (rankSum - positives * (positives + 1) / 2.0) / ((double) positives * negatives);
  }

  /**
   * The area under the precision-recall curve as average precision, the sum over thresholds of
   * precision times the recall gained (scikit-learn's {@code average_precision_score}); tied scores
   * form one threshold.
   */
  static double averagePrecision(double[] score, boolean[] positive, int positives) {
    Integer[] order = sortedAscending(score);
    double ap = 0;
    int truePositives = 0;
    int seen = 0;
    int i = order.length - 1;
    while (i >= 0) {
      int j = i;
      while (j - 1 >= 0 && score[order[j - 1]] == score[order[i]]) {
        j--;
      }
      int gained = 0;
      for (int t = j; t <= i; t++) {
        gained += positive[order[t]] ? 1 : 0;
      }
      truePositives += gained;
      seen += i - j + 1;
      ap += ((double) gained / positives) * ((double) truePositives / seen);
      i = j - 1;
    }
    return ap;
  }

  private static Integer[] sortedAscending(double[] score) {
    Integer[] order = new Integer[score.length];
    Arrays.setAll(order, k -> k);
    Arrays.sort(order, Comparator.comparingDouble(k -> score[k]));
    return order;
  }
}
