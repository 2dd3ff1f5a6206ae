package dev.autolab.eval.edge;

import dev.autolab.core.Row;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.quality.ScoredExamples;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds the hardest examples: lowest margin and highest loss. */
public final class EdgeCases {
  /** How many of each kind are kept. */
  public static final int PER_KIND = 20;

  /** Text values are cut to this many characters so the file stays readable. */
  static final int MAX_VALUE_CHARS = 300;

  private EdgeCases() {}

  public static List<EdgeCase> find(List<Row> rows, ScoredExamples examples) {
    int n = examples.size();
    double[] margin = new double[n];
    double[] loss = new double[n];
    for (int i = 0; i < n; i++) {
      double[] p = examples.probabilities()[i].clone();
      double truth = p[examples.actual()[i]];
      Arrays.sort(p);
      margin[i] = p.length < 2 ? 1 : p[p.length - 1] - p[p.length - 2];
      loss[i] = -Math.log(Math.max(truth, Evaluator.LOG_LOSS_EPSILON));
    }
    List<EdgeCase> cases = new ArrayList<>();
    for (int i : top(n, Comparator.comparingDouble(i -> margin[i]))) {
      cases.add(edgeCase("lowest_margin", rows.get(i), examples, i, margin[i], loss[i]));
    }
    for (int i : top(n, Comparator.<Integer>comparingDouble(i -> loss[i]).reversed())) {
      cases.add(edgeCase("highest_loss", rows.get(i), examples, i, margin[i], loss[i]));
    }
    return cases;
  }

  private static List<Integer> top(int n, Comparator<Integer> order) {
    List<Integer> indices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      indices.add(i);
    }
    indices.sort(order.thenComparingInt(i -> i));
    return indices.subList(0, Math.min(PER_KIND, n));
  }

  private static EdgeCase edgeCase(
      String kind, Row row, ScoredExamples examples, int i, double margin, double loss) {
    Map<String, Double> probabilities = new LinkedHashMap<>();
    for (int c = 0; c < examples.classes().size(); c++) {
      probabilities.put(examples.classes().get(c), examples.probabilities()[i][c]);
    }
    Map<String, String> values = new LinkedHashMap<>();
    row.values()
        .forEach(
            (column, value) ->
                values.put(
                    column,
                    value == null || value.length() <= MAX_VALUE_CHARS
                        ? value
                        : value.substring(0, MAX_VALUE_CHARS) + "..."));
    return new EdgeCase(
        EdgeCase.SCHEMA_VERSION,
        kind,
        row.source(),
        row.line(),
        examples.classes().get(examples.actual()[i]),
        examples.classes().get(examples.predicted(i)),
        margin,
        loss,
        probabilities,
        values);
  }
}
