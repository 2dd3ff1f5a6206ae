package dev.autolab.train.features;

import java.util.Objects;

/**
 * A sparse feature vector: strictly increasing 0-based indices and their values.
 *
 * @param indices feature indices, sorted ascending, no duplicates
 * @param values the value at each index
 */
public record SparseVector(int[] indices, double[] values) {
  public SparseVector {
    Objects.requireNonNull(indices, "indices");
    Objects.requireNonNull(values, "values");
    if (indices.length != values.length) {
      throw new IllegalArgumentException(
          "indices and values differ in length: " + indices.length + " vs " + values.length);
    }
  }

  /** The number of stored entries. */
  public int size() {
    return indices.length;
  }

  /** The Euclidean norm of the values. */
  public double norm() {
    double sum = 0;
    for (double v : values) {
      sum += v * v;
    }
    return Math.sqrt(sum);
  }

  /** This vector scaled to unit Euclidean norm (unchanged when it is all zeros). */
  public SparseVector normalized() {
    double norm = norm();
    if (norm == 0) {
      return this;
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = values[i] / norm;
    }
    return new SparseVector(indices, scaled);
  }

  /** Joins vectors side by side; {@code offsets[b]} is where block {@code b} starts. */
  public static SparseVector concat(SparseVector[] blocks, int[] offsets) {
    int total = 0;
    for (SparseVector block : blocks) {
      total += block.size();
    }
    int[] indices = new int[total];
    double[] values = new double[total];
    int at = 0;
    for (int b = 0; b < blocks.length; b++) {
      SparseVector block = blocks[b];
      for (int i = 0; i < block.size(); i++) {
        indices[at] = offsets[b] + block.indices[i];
        values[at++] = block.values[i];
      }
    }
    return new SparseVector(indices, values);
  }
}
