package dev.autolab.train.linear;

import de.bwaldvogel.liblinear.Problem;
import dev.autolab.core.BadInputException;
import dev.autolab.core.ProgressListener;
import dev.autolab.eval.ClassificationMetrics;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Metric;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.Targets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Chooses a linear classifier's settings on the validation split: fits every grid point (in
 * parallel; each fit is seeded and independent, so the outcome does not depend on scheduling), fits
 * each one's softmax temperature on validation, and keeps the best by the run's metric, ties going
 * to the lower validation log-loss and then to the earlier grid point.
 */
public final class LinearSearch {
  private final String family;
  private final Metric metric;
  private final long seed;
  private final ProgressListener progress;

  /**
   * @param family names the progress reports
   * @param metric picks the settings
   * @param seed seeds every liblinear fit
   * @param progress receives one unit per grid point
   */
  public LinearSearch(String family, Metric metric, long seed, ProgressListener progress) {
    this.family = family;
    this.metric = metric;
    this.seed = seed;
    this.progress = progress;
  }

  /** One grid point's validation result. */
  public record Trial(LinearConfig config, double score, double logLoss, double temperature) {}

  /** The chosen configuration, its predictor, and every trial in grid order. */
  public record Outcome(LinearConfig best, LinearPredictor predictor, List<Trial> trials) {}

  private record Fitted(Trial trial, LinearPredictor predictor) {}

  /** Fits every configuration of {@code grid} and keeps the best on validation. */
  public Outcome search(LinearProblem problem, List<LinearConfig> grid) {
    requireTwoClasses(problem);
    if (problem.valid().isEmpty()) {
      throw new BadInputException(
          "choosing among " + grid.size() + " settings needs validation rows");
    }
    Prepared prepared = prepare(problem, grid);
    List<Callable<Fitted>> tasks = new ArrayList<>();
    for (LinearConfig config : grid) {
      tasks.add(() -> evaluate(problem, prepared, config));
    }
    progress.start(family + " settings", grid.size());
    List<Fitted> fitted = Parallel.run(tasks, progress);
    progress.finish();
    Fitted best = fitted.get(0);
    for (Fitted candidate : fitted) {
      if (better(candidate.trial(), best.trial())) {
        best = candidate;
      }
    }
    return new Outcome(
        best.trial().config(), best.predictor(), fitted.stream().map(Fitted::trial).toList());
  }

  /** Fits one fixed configuration with a known temperature (a refit on more data). */
  public LinearPredictor fit(LinearProblem problem, LinearConfig config, double temperature) {
    requireTwoClasses(problem);
    Prepared prepared = prepare(problem, List.of(config));
    return LinearPredictor.classifier(
        weights(problem, prepared, config), temperature, problem.classes().size());
  }

  private boolean better(Trial candidate, Trial incumbent) {
    if (metric.isBetter(candidate.score(), incumbent.score())) {
      return true;
    }
    return candidate.score() == incumbent.score() && candidate.logLoss() < incumbent.logLoss();
  }

  private Fitted evaluate(LinearProblem problem, Prepared prepared, LinearConfig config) {
    int classes = problem.classes().size();
    LinearPredictor raw =
        LinearPredictor.classifier(weights(problem, prepared, config), 1.0, classes);
    double[][] scores = problem.valid().stream().map(raw::scores).toArray(double[][]::new);
    double temperature = Temperature.fit(scores, problem.validLabels());
    LinearPredictor predictor = LinearPredictor.classifier(raw.weights(), temperature, classes);
    double[][] probabilities =
        problem.valid().stream().map(predictor::probabilities).toArray(double[][]::new);
    ClassificationMetrics metrics =
        Evaluator.classification(problem.classes(), problem.validLabels(), probabilities);
    Trial trial = new Trial(config, metrics.value(metric), metrics.logLoss(), temperature);
    return new Fitted(trial, predictor);
  }

  private LinearWeights weights(LinearProblem problem, Prepared prepared, LinearConfig config) {
    int classes = problem.classes().size();
    int[] y = problem.trainLabels();
    double[] classWeights = config.weighting().classWeights(y, classes);
    if (config.solver().equals(LinearConfig.COMPLEMENT_NB)) {
      return NaiveBayes.complement(
          problem.train(), y, problem.textDims(), classes, config.strength());
    }
    Problem liblinear = prepared.problems().get(config.nbScaling());
    LinearWeights weights =
        Liblinear.classifier(
            liblinear, config.solverType(), config.strength(), classWeights, classes, seed);
    return config.nbScaling() ? foldScale(weights, prepared.ratios()) : weights;
  }

  /** Weights learnt on scaled features, rewritten to apply to the unscaled ones. */
  private static LinearWeights foldScale(LinearWeights weights, double[] scale) {
    double[][] rows = new double[weights.rows().length][];
    for (int k = 0; k < rows.length; k++) {
      rows[k] = weights.rows()[k].clone();
      for (int j = 0; j < scale.length; j++) {
        rows[k][j] *= scale[j];
      }
    }
    return new LinearWeights(rows, weights.intercepts());
  }

  /** liblinear problems (plain and naive-Bayes scaled, as the grid needs), built once. */
  private record Prepared(Map<Boolean, Problem> problems, double[] ratios) {}

  private static Prepared prepare(LinearProblem problem, List<LinearConfig> grid) {
    boolean scaled = grid.stream().anyMatch(LinearConfig::nbScaling);
    double[] ratios = scaled ? ratios(problem) : null;
    Map<Boolean, Problem> problems = new HashMap<>();
    double[] y = Arrays.stream(problem.trainLabels()).asDoubleStream().toArray();
    for (LinearConfig config : grid) {
      if (config.solverType() != null && !problems.containsKey(config.nbScaling())) {
        List<SparseVector> x =
            config.nbScaling() ? NaiveBayes.scale(problem.train(), ratios) : problem.train();
        problems.put(config.nbScaling(), Liblinear.problem(x, problem.dims(), y));
      }
    }
    return new Prepared(problems, ratios);
  }

  private static double[] ratios(LinearProblem problem) {
    if (problem.classes().size() != 2) {
      throw new BadInputException("nb_scaling needs exactly two classes; leave it off for more");
    }
    return NaiveBayes.logCountRatios(
        problem.train(), problem.trainLabels(), problem.textDims(), 1.0);
  }

  private static void requireTwoClasses(LinearProblem problem) {
    int[] counts = Targets.classCounts(problem.trainLabels(), problem.classes().size());
    if (Arrays.stream(counts).filter(c -> c > 0).count() < 2) {
      throw new BadInputException(
          "the training rows hold fewer than two classes; a classifier needs two");
    }
  }
}
