package dev.autolab.train.linear;

import de.bwaldvogel.liblinear.SolverType;
import dev.autolab.train.features.ClassWeighting;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One point of a linear model's settings grid.
 *
 * @param solver {@code logistic} (L2-regularised logistic regression), {@code svm} (L2-loss linear
 *     SVM, dual solver), {@code complement_nb} (complement naive Bayes) or {@code ridge} (L2-loss
 *     SVR with epsilon 0, for regression)
 * @param strength C for the liblinear solvers (larger fits harder), alpha for naive Bayes
 * @param weighting how rare classes are weighted up
 * @param nbScaling scale features by naive-Bayes log-count ratios first (binary tasks only)
 */
public record LinearConfig(
    String solver, double strength, ClassWeighting weighting, boolean nbScaling) {
  public static final String LOGISTIC = "logistic";
  public static final String SVM = "svm";
  public static final String COMPLEMENT_NB = "complement_nb";
  public static final String RIDGE = "ridge";

  public LinearConfig {
    if (!(solver.equals(LOGISTIC)
        || solver.equals(SVM)
        || solver.equals(COMPLEMENT_NB)
        || solver.equals(RIDGE))) {
      throw new IllegalArgumentException(
          "unknown solver '" + solver + "': use logistic, svm, complement_nb or ridge");
    }
    if (!(strength > 0)) {
      throw new IllegalArgumentException("C or alpha must be positive, not " + strength);
    }
  }

  /** The liblinear solver behind this configuration ({@code null} for naive Bayes). */
  public SolverType solverType() {
    return switch (solver) {
      case LOGISTIC -> SolverType.L2R_LR;
      case SVM -> SolverType.L2R_L2LOSS_SVC_DUAL;
      case RIDGE -> SolverType.L2R_L2LOSS_SVR;
      default -> null;
    };
  }

  /** The hyperparameter entries that fix this configuration. */
  public Map<String, Object> toParams() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("solver", solver);
    params.put(solver.equals(COMPLEMENT_NB) ? "alpha" : "c", strength);
    params.put("class_weight", weighting.id());
    params.put("nb_scaling", nbScaling);
    return params;
  }

  /** A short label for journals and logs, e.g. {@code svm C=1 balanced}. */
  public String describe() {
    String value =
        String.format(Locale.ROOT, "%s=%s", solver.equals(COMPLEMENT_NB) ? "alpha" : "C", strength);
    return solver
        + (nbScaling ? "+nb" : "")
        + " "
        + value
        + (weighting == ClassWeighting.NONE ? "" : " " + weighting.id());
  }
}
