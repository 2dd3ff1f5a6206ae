package dev.autolab.train.ensemble;

import dev.autolab.core.DatasetSchema;
import dev.autolab.core.Task;
import dev.autolab.train.Prediction;
import java.util.ArrayList;
import java.util.List;

/**
 * The weighted mean of several models' answers for the same rows: class probabilities averaged
 * class by class, regression values averaged. Weights sum to 1; a member of weight 0 is not read.
 */
final class Blend {
  private Blend() {}

  /**
   * @param answers one list per member, each with one prediction per row in the same row order
   * @param weights one per member, summing to 1
   */
  static List<Prediction> of(
      DatasetSchema schema, List<List<Prediction>> answers, double[] weights) {
    int rows = answers.get(0).size();
    List<Prediction> out = new ArrayList<>(rows);
    boolean classification = schema.task() == Task.CLASSIFICATION;
    int classes = classification ? schema.classes().size() : 0;
    for (int i = 0; i < rows; i++) {
      if (classification) {
        double[] p = new double[classes];
        for (int m = 0; m < weights.length; m++) {
          if (weights[m] == 0) {
            continue;
          }
          double[] q = answers.get(m).get(i).probabilities();
          for (int k = 0; k < classes; k++) {
            p[k] += weights[m] * q[k];
          }
        }
        out.add(Prediction.ofClass(schema.classes(), p));
      } else {
        double v = 0;
        for (int m = 0; m < weights.length; m++) {
          if (weights[m] != 0) {
            v += weights[m] * answers.get(m).get(i).value();
          }
        }
        out.add(Prediction.ofValue(v));
      }
    }
    return out;
  }
}
