package dev.autolab.eval.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One kind of mistake: examples of {@code actual} predicted as {@code predicted}.
 *
 * @param rate the share of {@code actual}'s examples that went this way
 */
public record ConfusionPair(String actual, String predicted, int count, double rate) {
  /** How many pairs the analysis keeps. */
  public static final int KEEP = 5;

  /**
   * The mistakes that cost the most, every mistake costing the same: the off-diagonal cells with
   * the highest counts, then the highest rates.
   */
  public static List<ConfusionPair> costliest(List<String> classes, int[][] confusion) {
    List<ConfusionPair> pairs = new ArrayList<>();
    for (int a = 0; a < confusion.length; a++) {
      int support = 0;
      for (int v : confusion[a]) {
        support += v;
      }
      for (int p = 0; p < confusion.length; p++) {
        if (a != p && confusion[a][p] > 0) {
          pairs.add(
              new ConfusionPair(
                  classes.get(a),
                  classes.get(p),
                  confusion[a][p],
                  (double) confusion[a][p] / support));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt(ConfusionPair::count)
            .thenComparingDouble(ConfusionPair::rate)
            .reversed());
    return List.copyOf(pairs.subList(0, Math.min(KEEP, pairs.size())));
  }
}
