package dev.autolab.eval.slice;

import dev.autolab.core.Row;

/** Puts each example in one named slice of a slicing (e.g. "text_length": "50-199 chars"). */
public interface Slicer {
  /** The slicing's name in {@code evaluation.json}. */
  String name();

  /**
   * The slice of one example.
   *
   * @param actual the example's true class index
   */
  String sliceOf(Row row, int actual);
}
