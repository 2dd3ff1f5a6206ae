package dev.autolab.eval;

import java.util.List;

/**
 * A confusion matrix: {@code matrix[actual][predicted]} counts, rows and columns in the order of
 * {@code labels}.
 */
public record Confusion(List<String> labels, int[][] matrix) {
  public Confusion {
    labels = List.copyOf(labels);
    if (matrix.length != labels.size()) {
      throw new IllegalArgumentException("matrix rows must match labels");
    }
  }
}
