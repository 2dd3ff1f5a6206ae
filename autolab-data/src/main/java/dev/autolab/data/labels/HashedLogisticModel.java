package dev.autolab.data.labels;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Out-of-fold probabilities from a multinomial logistic regression on hashed features ({@link
 * FeatureHasher}), fitted by stochastic gradient descent, {@value #FOLDS}-fold.
 *
 * <p>Why this model: confident learning needs probabilities that rank a row's given label well, not
 * the best possible classifier. A linear model on word n-grams is within a point or two of the best
 * text classifiers on data like the spam corpus, its probabilities are less extreme than naive
 * Bayes' (whose near-0/1 outputs make the per-class thresholds meaningless), and five folds of it
 * cost about a second on 6,000 e-mails, with no dependency beyond the JDK. Stage 1 therefore keeps
 * it here rather than calling the trainers of stage 2.
 */
public final class HashedLogisticModel implements OutOfFoldModel {
  static final int FOLDS = 5;
  static final int EPOCHS = 8;
  static final double LEARNING_RATE = 0.5;
  static final double L2 = 1e-6;

  @Override
  public double[][] probabilities(DatasetSchema schema, List<Row> rows, long seed) {
    List<String> classes = schema.classes();
    Map<String, Integer> classIndex = new HashMap<>();
    for (int k = 0; k < classes.size(); k++) {
      classIndex.put(classes.get(k), k);
    }
    FeatureHasher hasher = new FeatureHasher(schema, rows);
    List<FeatureHasher.Sparse> x = rows.stream().map(hasher::vector).toList();
    int[] y = rows.stream().mapToInt(r -> classIndex.get(r.get(schema.target()))).toArray();
    int[] fold = folds(rows.size(), seed);
    double[][] p = new double[rows.size()][];
    for (int f = 0; f < FOLDS; f++) {
      Softmax model = new Softmax(classes.size());
      List<Integer> train = new ArrayList<>();
      for (int i = 0; i < rows.size(); i++) {
        if (fold[i] != f) {
          train.add(i);
        }
      }
      model.fit(x, y, train, new Random(seed + f));
      for (int i = 0; i < rows.size(); i++) {
        if (fold[i] == f) {
          p[i] = model.predict(x.get(i));
        }
      }
    }
    return p;
  }

  private static int[] folds(int n, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    Collections.shuffle(order, new Random(seed));
    int[] fold = new int[n];
    for (int k = 0; k < n; k++) {
      fold[order.get(k)] = k % FOLDS;
    }
    return fold;
  }

  /** One softmax regression over the hashed dimensions. */
  private static final class Softmax {
    private final int classes;
    private final double[][] w;
    private final double[] bias;

    Softmax(int classes) {
      this.classes = classes;
      this.w = new double[classes][FeatureHasher.DIMENSIONS];
      this.bias = new double[classes];
    }

    void fit(List<FeatureHasher.Sparse> x, int[] y, List<Integer> train, Random random) {
      List<Integer> order = new ArrayList<>(train);
      long step = 0;
      for (int epoch = 0; epoch < EPOCHS; epoch++) {
        Collections.shuffle(order, random);
        for (int i : order) {
          double rate = LEARNING_RATE / (1 + step++ / (double) order.size());
          update(x.get(i), y[i], rate);
        }
      }
    }

    private void update(FeatureHasher.Sparse v, int label, double rate) {
      double[] p = predict(v);
      for (int k = 0; k < classes; k++) {
        double g = p[k] - (k == label ? 1 : 0);
        bias[k] -= rate * g;
        double[] wk = w[k];
        for (int j = 0; j < v.index().length; j++) {
          int d = v.index()[j];
          wk[d] -= rate * (g * v.value()[j] + L2 * wk[d]);
        }
      }
    }

    double[] predict(FeatureHasher.Sparse v) {
      double[] z = new double[classes];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < classes; k++) {
        double s = bias[k];
        for (int j = 0; j < v.index().length; j++) {
          s += w[k][v.index()[j]] * v.value()[j];
        }
        z[k] = s;
        max = Math.max(max, s);
      }
      double sum = 0;
      for (int k = 0; k < classes; k++) {
        z[k] = Math.exp(z[k] - max);
        sum += z[k];
      }
      for (int k = 0; k < classes; k++) {
        z[k] /= sum;
      }
      return z;
    }
  }
}
