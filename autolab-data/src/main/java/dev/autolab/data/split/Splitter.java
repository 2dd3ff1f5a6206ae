package dev.autolab.data.split;

import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Divides rows into train, valid and test in given proportions, stratified by a column's value or
 * plainly at random, reproducibly from a seed.
 *
 * <p>Rows are grouped by stratum (in sorted order), each group is shuffled with one {@link Random}
 * seeded by {@code Seeds.derive(seed, "split")}, and consecutive rows are dealt to splits by a
 * repeating pattern that spreads the smaller splits evenly (8:1:1 deals T T T V T T S T T T). The
 * pattern continues across groups, so the overall proportions are exact to within one row and each
 * group's to within one row per split. A group dealt no train row gets its first row moved to
 * train, so every class is seen in training, even a class with a single row. Within each split,
 * rows keep their input order.
 */
public final class Splitter {
  private static final int TRAIN = 0;
  private static final int VALID = 1;
  private static final int TEST = 2;

  private final int[] pattern;

  /** A splitter dealing rows in the ratio {@code train : valid : test} (whole-number weights). */
  public Splitter(int train, int valid, int test) {
    this.pattern = pattern(weights(train, valid, test));
  }

  /** The weights as an array, after checking that they can deal a split. */
  static int[] weights(int train, int valid, int test) {
    if (train < 1 || valid < 0 || test < 0) {
      throw new IllegalArgumentException(
          "weights must be train >= 1, valid >= 0, test >= 0: " + train + ":" + valid + ":" + test);
    }
    return new int[] {train, valid, test};
  }

  /**
   * Splits {@code rows}; {@code stratifyBy} is the column whose values form the strata, or {@code
   * null} for a plain random split.
   */
  public Splits split(List<Row> rows, String stratifyBy, long seed) {
    Random random = new Random(Seeds.derive(seed, "split"));
    int[] assigned = new int[rows.size()];
    int position = 0;
    for (List<Integer> group : groups(rows, stratifyBy)) {
      Collections.shuffle(group, random);
      boolean seenInTrain = false;
      for (int index : group) {
        assigned[index] = pattern[position++ % pattern.length];
        seenInTrain |= assigned[index] == TRAIN;
      }
      if (!seenInTrain) {
        assigned[group.get(0)] = TRAIN;
      }
    }
    return new Splits(
        pick(rows, assigned, TRAIN), pick(rows, assigned, VALID), pick(rows, assigned, TEST));
  }

  private static Iterable<List<Integer>> groups(List<Row> rows, String stratifyBy) {
    Map<String, List<Integer>> groups = new TreeMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String key = stratifyBy == null ? "" : String.valueOf(rows.get(i).get(stratifyBy));
      groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    return groups.values();
  }

  /** The rows whose assigned split is {@code split}, in their order. */
  static List<Row> pick(List<Row> rows, int[] assigned, int split) {
    List<Row> picked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (assigned[i] == split) {
        picked.add(rows.get(i));
      }
    }
    return picked;
  }

  /**
   * Smooth weighted round robin (as in nginx): each step every split gains its weight, the richest
   * is dealt and pays the total. The result deals each split its weight per cycle, spread.
   */
  static int[] pattern(int[] weights) {
    int total = weights[TRAIN] + weights[VALID] + weights[TEST];
    int[] current = new int[weights.length];
    int[] pattern = new int[total];
    for (int step = 0; step < total; step++) {
      int best = 0;
      for (int k = 0; k < weights.length; k++) {
        current[k] += weights[k];
        best = current[k] > current[best] ? k : best;
      }
      current[best] -= total;
      pattern[step] = best;
    }
    return pattern;
  }
}
