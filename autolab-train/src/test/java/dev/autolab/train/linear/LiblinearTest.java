package dev.autolab.train.linear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import dev.autolab.train.features.SparseVector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Our reading of liblinear's weights must score exactly as liblinear itself does. */
class LiblinearTest {
  @Test
  void binaryScoresMatchLiblinearWhicheverClassComesFirst() {
    // Class 1 appears first, so liblinear's first label is 1: the sign must flip.
    checkAgainstLiblinear(2, new int[] {1, 0, 1, 0});
  }

  @Test
  void multiClassScoresMatchLiblinear() {
    checkAgainstLiblinear(3, new int[] {2, 0, 1});
  }

  private static void checkAgainstLiblinear(int classes, int[] firstLabels) {
    Random random = new Random(3);
    List<SparseVector> x = new ArrayList<>();
    double[] y = new double[120];
    for (int i = 0; i < y.length; i++) {
      y[i] = i < firstLabels.length ? firstLabels[i] : random.nextInt(classes);
      double[] values = {
        random.nextGaussian() + y[i], random.nextGaussian() - y[i], random.nextDouble()
      };
      x.add(new SparseVector(new int[] {0, 2, 4}, values));
    }
    Problem problem = Liblinear.problem(x, 5, y);
    for (SolverType solver : List.of(SolverType.L2R_LR, SolverType.L2R_L2LOSS_SVC_DUAL)) {
      LinearWeights ours = Liblinear.classifier(problem, solver, 1.0, null, classes, 9);
      Parameter parameter = new Parameter(solver, 1.0, 0.01);
      parameter.setRandom(new Random(9));
      Model model = Linear.train(problem, parameter);
      for (int i = 0; i < x.size(); i++) {
        double[] expected = liblinearScores(model, problem.x[i], classes);
        assertThat(ours.scores(x.get(i), classes)).containsExactly(expected, within(1e-12));
      }
    }
  }

  /** liblinear's decision values, rearranged to class-index order. */
  private static double[] liblinearScores(Model model, Feature[] row, int classes) {
    double[] values = new double[model.getNrClass()];
    Linear.predictValues(model, row, values);
    int[] labels = model.getLabels();
    double[] scores = new double[classes];
    if (classes == 2) {
      scores[labels[0]] = values[0];
      scores[labels[1]] = -values[0];
    } else {
      for (int k = 0; k < classes; k++) {
        scores[labels[k]] = values[k];
      }
    }
    return scores;
  }
}
