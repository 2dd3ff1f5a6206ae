package dev.autolab.data.labels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Confident learning (Northcutt, Jiang and Chuang, "Confident Learning: Estimating Uncertainty in
 * Dataset Labels", JAIR 2021; the method of cleanlab). Each class's threshold is the mean
 * out-of-fold probability of that class over the rows labelled with it; a row is counted in the
 * confident joint under the most probable class whose probability reaches that class's threshold.
 * Rows counted off the diagonal (a class other than their label) whose most probable class is also
 * not their label are the issues, ranked by self-confidence, the probability of the given label,
 * lowest first.
 */
public final class ConfidentLearning {
  private ConfidentLearning() {}

  /** A suspect row: its index, the label the model is confident of, and its self-confidence. */
  public record Suspect(int index, int suggested, double selfConfidence) {}

  /** The suspects among rows labelled {@code labels} with probabilities {@code p}, ranked. */
  public static List<Suspect> find(double[][] p, int[] labels, int classes) {
    double[] threshold = thresholds(p, labels, classes);
    List<Suspect> suspects = new ArrayList<>();
    for (int i = 0; i < p.length; i++) {
      int confident = confidentClass(p[i], threshold);
      if (confident >= 0 && confident != labels[i] && argmax(p[i]) != labels[i]) {
        suspects.add(new Suspect(i, confident, p[i][labels[i]]));
      }
    }
    suspects.sort(Comparator.comparingDouble(Suspect::selfConfidence));
    return suspects;
  }

  static double[] thresholds(double[][] p, int[] labels, int classes) {
    double[] sum = new double[classes];
    long[] count = new long[classes];
    for (int i = 0; i < p.length; i++) {
      sum[labels[i]] += p[i][labels[i]];
      count[labels[i]]++;
    }
    double[] threshold = new double[classes];
    for (int k = 0; k < classes; k++) {
      threshold[k] = count[k] == 0 ? 1 : sum[k] / count[k];
    }
    return threshold;
  }

  private static int confidentClass(double[] p, double[] threshold) {
    int best = -1;
    for (int k = 0; k < p.length; k++) {
      if (p[k] >= threshold[k] && (best < 0 || p[k] > p[best])) {
        best = k;
      }
    }
    return best;
  }

  private static int argmax(double[] p) {
    int best = 0;
    for (int k = 1; k < p.length; k++) {
      best = p[k] > p[best] ? k : best;
    }
    return best;
  }
}
