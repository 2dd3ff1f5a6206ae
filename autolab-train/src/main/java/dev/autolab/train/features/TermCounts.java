package dev.autolab.train.features;

import java.util.Arrays;

/**
 * How often each term id occurs in one document.
 *
 * @param terms distinct term ids, ascending
 * @param counts the number of occurrences of each
 */
public record TermCounts(int[] terms, int[] counts) {

  /** Counts the ids of one document (the array is sorted in place). */
  public static TermCounts of(int[] ids) {
    Arrays.sort(ids);
    int distinct = 0;
    for (int i = 0; i < ids.length; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        distinct++;
      }
    }
    int[] terms = new int[distinct];
    int[] counts = new int[distinct];
    int at = -1;
    for (int i = 0; i < ids.length; i++) {
      if (i == 0 || ids[i] != ids[i - 1]) {
        terms[++at] = ids[i];
      }
      counts[at]++;
    }
    return new TermCounts(terms, counts);
  }
}
