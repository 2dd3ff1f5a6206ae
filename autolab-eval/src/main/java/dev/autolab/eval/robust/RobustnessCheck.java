package dev.autolab.eval.robust;

import dev.autolab.core.Row;
import dev.autolab.core.Seeds;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.Scorer;
import dev.autolab.eval.quality.ScoredExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Scores the model on perturbed copies of the evaluated rows. */
public final class RobustnessCheck {
  private RobustnessCheck() {}

  /**
   * @param clean the model's answers on the unperturbed {@code rows}
   * @param seed the run seed; each perturbation derives its own
   */
  public static RobustnessReport run(
      Scorer scorer,
      List<Row> rows,
      ScoredExamples clean,
      List<Perturbation> perturbations,
      long seed) {
    int[][] cleanConfusion = confusion(clean);
    List<PerturbationResult> results = new ArrayList<>();
    for (Perturbation perturbation : perturbations) {
      SplittableRandom random = new SplittableRandom(Seeds.derive(seed, perturbation.name()));
      List<Row> perturbed = new ArrayList<>(rows.size());
      for (Row row : rows) {
        perturbed.add(perturbation.apply(row, random));
      }
      ScoredExamples scored =
          new ScoredExamples(clean.classes(), clean.actual(), scorer.score(perturbed));
      int flips = 0;
      for (int i = 0; i < scored.size(); i++) {
        flips += scored.predicted(i) != clean.predicted(i) ? 1 : 0;
      }
      int[][] confusion = confusion(scored);
      double macroF1 = Evaluator.macroF1(confusion);
      results.add(
          new PerturbationResult(
              perturbation.name(),
              macroF1,
              Evaluator.accuracy(confusion),
              Evaluator.macroF1(cleanConfusion) - macroF1,
              scored.size() == 0 ? 0 : (double) flips / scored.size()));
    }
    return new RobustnessReport(
        seed, Evaluator.macroF1(cleanConfusion), Evaluator.accuracy(cleanConfusion), results);
  }

  static int[][] confusion(ScoredExamples examples) {
    int k = examples.classes().size();
    int[][] confusion = new int[k][k];
    for (int i = 0; i < examples.size(); i++) {
      confusion[examples.actual()[i]][examples.predicted(i)]++;
    }
    return confusion;
  }
}
