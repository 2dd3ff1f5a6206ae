package dev.autolab.train.linear;

import dev.autolab.core.BadInputException;
import dev.autolab.train.features.ClassWeighting;
import dev.autolab.train.model.Params;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a linear family's settings from parameters: either one fixed configuration ({@code solver},
 * {@code c} or {@code alpha}, {@code class_weight}, {@code nb_scaling}, as a saved model's
 * hyperparameters hold them) or a grid to search ({@code solvers}, {@code c_<solver>}, {@code
 * alpha_complement_nb}, {@code class_weights}, {@code nb_scaling_options}).
 */
public final class LinearGrid {
  private LinearGrid() {}

  /** The fixed configuration, when the parameters name one. */
  public static Optional<LinearConfig> fixed(Params params) {
    if (!params.has("solver")) {
      return Optional.empty();
    }
    String solver = params.text("solver", "");
    double strength =
        solver.equals(LinearConfig.COMPLEMENT_NB)
            ? params.number("alpha", 1.0)
            : params.number("c", 1.0);
    return Optional.of(
        new LinearConfig(
            solver,
            strength,
            ClassWeighting.parse(params.text("class_weight", "none")),
            params.flag("nb_scaling", false)));
  }

  /**
   * The grid: every solver with each of its strengths, crossed with the class-weight and
   * naive-Bayes options (naive Bayes itself ignores the last two, so it appears once per alpha).
   */
  public static List<LinearConfig> grid(Params params) {
    List<LinearConfig> grid = new ArrayList<>();
    List<String> weights = params.texts("class_weights", List.of("none", "balanced"));
    List<String> scalings = params.texts("nb_scaling_options", List.of("false"));
    for (String solver : params.texts("solvers", List.of())) {
      for (double strength : strengths(params, solver)) {
        if (solver.equals(LinearConfig.COMPLEMENT_NB)) {
          grid.add(new LinearConfig(solver, strength, ClassWeighting.NONE, false));
          continue;
        }
        for (String weight : weights) {
          for (String scaling : scalings) {
            grid.add(
                new LinearConfig(
                    solver, strength, ClassWeighting.parse(weight), Boolean.parseBoolean(scaling)));
          }
        }
      }
    }
    if (grid.isEmpty()) {
      throw new BadInputException("the linear settings grid is empty: name at least one solver");
    }
    return grid;
  }

  private static List<Double> strengths(Params params, String solver) {
    String key = solver.equals(LinearConfig.COMPLEMENT_NB) ? "alpha_" + solver : "c_" + solver;
    return params.numbers(key, List.of(1.0));
  }
}
