package dev.autolab.train.linear;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.autolab.train.features.SparseVector;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The bridge to liblinear: builds its problems and turns its models into {@link LinearWeights} in
 * our class order, so prediction and persistence never depend on liblinear's text format.
 */
public final class Liblinear {
  /** liblinear's default stopping tolerance for the dual solvers, also fine for the others here. */
  private static final double EPSILON = 0.01;

  static {
    // liblinear prints solver progress to stdout by default; a library must stay quiet.
    Linear.disableDebugOutput();
  }

  private Liblinear() {}

  /**
   * A liblinear problem over {@code x} (columns {@code 0..dims-1}) with targets {@code y} (class
   * indices for classifiers) and a constant bias feature, so every model has an intercept.
   */
  public static Problem problem(List<SparseVector> x, int dims, double[] y) {
    Problem problem = new Problem();
    problem.l = x.size();
    problem.n = dims + 1;
    problem.bias = 1.0;
    problem.y = y.clone();
    problem.x = new Feature[x.size()][];
    for (int i = 0; i < x.size(); i++) {
      problem.x[i] = nodes(x.get(i), dims);
    }
    return problem;
  }

  private static Feature[] nodes(SparseVector v, int dims) {
    Feature[] nodes = new Feature[v.size() + 1];
    for (int j = 0; j < v.size(); j++) {
      nodes[j] = new FeatureNode(v.indices()[j] + 1, v.values()[j]);
    }
    nodes[v.size()] = new FeatureNode(dims + 1, 1.0);
    return nodes;
  }

  /**
   * Trains a classifier of {@code classes} classes and returns its weights in class order.
   *
   * @param classWeights a multiplier of C per class, or {@code null} for none
   */
  public static LinearWeights classifier(
      Problem problem, SolverType solver, double c, double[] classWeights, int classes, long seed) {
    Parameter parameter = parameter(forShape(solver, problem), c, seed);
    if (classWeights != null) {
      int[] labels = new int[classes];
      Arrays.setAll(labels, k -> k);
      parameter.setWeights(classWeights.clone(), labels);
    }
    return classWeights(Linear.train(problem, parameter), problem.n - 1, classes);
  }

  /** Trains a regressor (an SVR solver; epsilon 0 makes the L2-loss SVR a ridge regression). */
  public static LinearWeights regressor(Problem problem, SolverType solver, double c, long seed) {
    Parameter parameter = parameter(solver, c, seed);
    parameter.setP(0.0);
    Model model = Linear.train(problem, parameter);
    double[] w = model.getFeatureWeights();
    int dims = problem.n - 1;
    return new LinearWeights(new double[][] {Arrays.copyOf(w, dims)}, new double[] {w[dims]});
  }

  /**
   * The same objective, solved the faster way for the problem's shape: liblinear's guide advises
   * the dual solver of L2-regularised logistic regression when features outnumber rows (hashed text
   * n-grams), the primal Newton solver otherwise.
   */
  static SolverType forShape(SolverType solver, Problem problem) {
    if (solver == SolverType.L2R_LR && problem.n > problem.l) {
      return SolverType.L2R_LR_DUAL;
    }
    return solver;
  }

  private static Parameter parameter(SolverType solver, double c, long seed) {
    Parameter parameter = new Parameter(solver, c, EPSILON);
    parameter.setRandom(new Random(seed));
    return parameter;
  }

  /**
   * Reorders liblinear's weights ({@code w[j * nrW + k]}, classes in order of first appearance)
   * into one row per class index. A class absent from training gets no row of its own: it scores
   * minus infinity so it is never predicted.
   */
  private static LinearWeights classWeights(Model model, int dims, int classes) {
    double[] w = model.getFeatureWeights();
    int[] labels = model.getLabels();
    if (labels.length == 2 && classes == 2 && model.getSolverType() != SolverType.MCSVM_CS) {
      double sign = labels[0] == 0 ? 1 : -1;
      return new LinearWeights(
          new double[][] {column(w, 0, 1, dims, sign)}, new double[] {sign * w[dims]});
    }
    int nrW = labels.length == 2 ? 1 : labels.length;
    double[][] rows = new double[classes][dims];
    double[] intercepts = new double[classes];
    Arrays.fill(intercepts, Double.NEGATIVE_INFINITY);
    for (int k = 0; k < labels.length; k++) {
      double sign = nrW == 1 && k == 1 ? -1 : 1;
      int slot = nrW == 1 ? 0 : k;
      rows[labels[k]] = column(w, slot, nrW, dims, sign);
      intercepts[labels[k]] = sign * w[dims * nrW + slot];
    }
    return new LinearWeights(rows, intercepts);
  }

  private static double[] column(double[] w, int slot, int nrW, int dims, double sign) {
    double[] row = new double[dims];
    for (int j = 0; j < dims; j++) {
      row[j] = sign * w[j * nrW + slot];
    }
    return row;
  }
}
