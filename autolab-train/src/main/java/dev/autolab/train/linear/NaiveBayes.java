package dev.autolab.train.linear;

import dev.autolab.train.features.SparseVector;
import java.util.Arrays;
import java.util.List;

/**
 * Naive-Bayes statistics over non-negative features (TF-IDF weights or counts). Only the first
 * {@code dims} columns are read, so appended features that may be negative (standardized numbers)
 * are left out.
 */
public final class NaiveBayes {
  private NaiveBayes() {}

  /**
   * Complement naive Bayes (Rennie et al. 2003, as scikit-learn's {@code ComplementNB} with {@code
   * norm=False}): class {@code c} scores {@code -sum_j x_j log theta~_cj}, where {@code theta~_c}
   * is the smoothed feature distribution of all other classes. It suits skewed classes and text.
   */
  public static LinearWeights complement(
      List<SparseVector> x, int[] y, int dims, int classes, double alpha) {
    double[][] counts = classSums(x, y, dims, classes);
    double[] total = new double[dims];
    for (double[] row : counts) {
      for (int j = 0; j < dims; j++) {
        total[j] += row[j];
      }
    }
    double[][] rows = new double[classes][dims];
    for (int c = 0; c < classes; c++) {
      double sum = 0;
      for (int j = 0; j < dims; j++) {
        sum += total[j] - counts[c][j] + alpha;
      }
      for (int j = 0; j < dims; j++) {
        rows[c][j] = -Math.log((total[j] - counts[c][j] + alpha) / sum);
      }
    }
    return new LinearWeights(rows, new double[classes]);
  }

  /**
   * The log-count ratio {@code r = log((p / |p|) / (q / |q|))} of NB-SVM (Wang and Manning 2012),
   * with {@code p} and {@code q} the smoothed feature sums of class 0 and class 1. Scaling features
   * by {@code r} before a linear fit lets the fit start from naive Bayes' view of each feature,
   * which helps most on short and sparse texts.
   */
  public static double[] logCountRatios(List<SparseVector> x, int[] y, int dims, double alpha) {
    double[][] sums = classSums(x, y, dims, 2);
    double p = 0;
    double q = 0;
    for (int j = 0; j < dims; j++) {
      p += sums[0][j] + alpha;
      q += sums[1][j] + alpha;
    }
    double[] ratios = new double[dims];
    for (int j = 0; j < dims; j++) {
      ratios[j] = Math.log(((sums[0][j] + alpha) / p) / ((sums[1][j] + alpha) / q));
    }
    return ratios;
  }

  /** Each vector with feature {@code j} multiplied by {@code scale[j]}. */
  public static List<SparseVector> scale(List<SparseVector> x, double[] scale) {
    return x.stream().map(v -> scale(v, scale)).toList();
  }

  private static SparseVector scale(SparseVector v, double[] scale) {
    double[] values = Arrays.copyOf(v.values(), v.size());
    for (int i = 0; i < values.length; i++) {
      int j = v.indices()[i];
      // Columns past the scaled ones (appended tabular features) keep their values.
      values[i] *= j < scale.length ? scale[j] : 1.0;
    }
    return new SparseVector(v.indices(), values);
  }

  private static double[][] classSums(List<SparseVector> x, int[] y, int dims, int classes) {
    double[][] sums = new double[classes][dims];
    for (int i = 0; i < x.size(); i++) {
      SparseVector v = x.get(i);
      for (int j = 0; j < v.size() && v.indices()[j] < dims; j++) {
        sums[y[i]][v.indices()[j]] += v.values()[j];
      }
    }
    return sums;
  }
}
