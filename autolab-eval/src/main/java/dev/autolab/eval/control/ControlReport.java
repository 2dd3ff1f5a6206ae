package dev.autolab.eval.control;

import dev.autolab.core.Row;
import dev.autolab.eval.quality.ScoredExamples;
import java.util.ArrayList;
import java.util.List;

/**
 * The control set: gold examples every new model must be checked on, with each result listed.
 *
 * @param file the control file
 */
public record ControlReport(
    String file, int n, int correct, double accuracy, List<ControlResult> results) {
  public ControlReport {
    results = List.copyOf(results);
  }

  public static ControlReport of(String file, List<Row> rows, ScoredExamples examples) {
    List<ControlResult> results = new ArrayList<>();
    int correct = 0;
    for (int i = 0; i < examples.size(); i++) {
      int predicted = examples.predicted(i);
      boolean right = predicted == examples.actual()[i];
      correct += right ? 1 : 0;
      results.add(
          new ControlResult(
              rows.get(i).source(),
              rows.get(i).line(),
              examples.classes().get(examples.actual()[i]),
              examples.classes().get(predicted),
              examples.probabilities()[i][predicted],
              right));
    }
    int n = examples.size();
    return new ControlReport(file, n, correct, n == 0 ? 0 : (double) correct / n, results);
  }
}
