package dev.autolab.eval.slice;

import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.List;

/**
 * Rare versus frequent classes: a class is rare when its share of the examples is under half of
 * what an even split would give it (1 / (2k) for k classes). The accuracy of each slice is the
 * pooled recall of its classes.
 */
public final class ClassFrequencySlicer implements Slicer {
  private final boolean[] rare;

  private ClassFrequencySlicer(boolean[] rare) {
    this.rare = rare;
  }

  /** Rare classes judged on the class counts {@code support}. */
  public static ClassFrequencySlicer of(int[] support) {
    long n = 0;
    for (int s : support) {
      n += s;
    }
    boolean[] rare = new boolean[support.length];
    for (int c = 0; c < support.length; c++) {
      rare[c] = support[c] < n / (2.0 * support.length);
    }
    return new ClassFrequencySlicer(rare);
  }

  /** The rare classes' indices. */
  public List<Integer> rareClasses() {
    List<Integer> list = new ArrayList<>();
    for (int c = 0; c < rare.length; c++) {
      if (rare[c]) {
        list.add(c);
      }
    }
    return list;
  }

  @Override
  public String name() {
    return "class_frequency";
  }

  @Override
  public String sliceOf(Row row, int actual) {
    return rare[actual] ? "rare classes" : "frequent classes";
  }
}
