package dev.autolab.train.linear;

import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.autolab.core.BadInputException;
import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Event;
import dev.autolab.core.Row;
import dev.autolab.eval.Evaluator;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.features.SparseVector;
import dev.autolab.train.features.Targets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Linear regression with liblinear's L2-regularised L2-loss SVR at epsilon 0, which minimises
 * {@code |w|²/2 + C Σ (y - w·x)²}: ridge regression with {@code alpha = 1 / (2C)}. The target is
 * standardized first, so one C grid suits targets of any scale.
 */
final class RidgeSearch {
  private final DatasetSchema schema;
  private final TrainingContext context;
  private final long seed;

  RidgeSearch(DatasetSchema schema, TrainingContext context, long seed) {
    this.schema = schema;
    this.context = context;
    this.seed = seed;
  }

  record Outcome(double c, LinearPredictor predictor) {}

  /** Fits at one C. */
  LinearPredictor fit(List<SparseVector> x, List<Row> rows, int dims, double c) {
    double[] y = Targets.values(schema, rows);
    double mean = mean(y);
    double scale = scale(y, mean);
    double[] standardized = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      standardized[i] = (y[i] - mean) / scale;
    }
    Problem problem = Liblinear.problem(x, dims, standardized);
    LinearWeights weights = Liblinear.regressor(problem, SolverType.L2R_L2LOSS_SVR, c, seed);
    return new LinearPredictor(weights, 1.0, 0, mean, scale);
  }

  /** Fits every C and keeps the best on validation (the earlier C on ties). */
  Outcome search(
      List<SparseVector> train,
      List<Row> trainRows,
      List<SparseVector> valid,
      List<Row> validRows,
      int dims,
      List<Double> grid) {
    if (validRows.isEmpty()) {
      throw new BadInputException("choosing C needs validation rows; give some or fix c");
    }
    double[] actual = Targets.values(schema, validRows);
    Outcome best = null;
    double bestScore = Double.NaN;
    Map<String, Object> evidence = new LinkedHashMap<>();
    context.progress().start("linear settings", grid.size());
    for (int i = 0; i < grid.size(); i++) {
      LinearPredictor predictor = fit(train, trainRows, dims, grid.get(i));
      double[] predicted = valid.stream().mapToDouble(predictor::value).toArray();
      double score = Evaluator.regression(actual, predicted).value(context.metric());
      evidence.put("C=" + grid.get(i), score);
      context
          .metrics()
          .log(LinearTrainer.FAMILY + ".grid.valid." + context.metric().id(), i, score);
      if (best == null || context.metric().isBetter(score, bestScore)) {
        best = new Outcome(grid.get(i), predictor);
        bestScore = score;
      }
      context.progress().advance(i + 1);
    }
    context.progress().finish();
    String message =
        String.format(
            Locale.ROOT,
            "linear chose ridge C=%s: validation %s %.4f among %d values of C",
            best.c(),
            context.metric().id(),
            bestScore,
            grid.size());
    context
        .journal()
        .record(
            Event.of(
                    context.clock(),
                    "race",
                    "note",
                    LinearTrainer.FAMILY + ".settings",
                    evidence,
                    message)
                .withChange("c", null, best.c()));
    return best;
  }

  private static double mean(double[] y) {
    double sum = 0;
    for (double v : y) {
      sum += v;
    }
    return y.length == 0 ? 0 : sum / y.length;
  }

  private static double scale(double[] y, double mean) {
    double sum = 0;
    for (double v : y) {
      sum += (v - mean) * (v - mean);
    }
    double std = y.length == 0 ? 0 : Math.sqrt(sum / y.length);
    return std > 1e-12 ? std : 1.0;
  }
}
