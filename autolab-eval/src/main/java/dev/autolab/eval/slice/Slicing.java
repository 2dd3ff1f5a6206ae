package dev.autolab.eval.slice;

import dev.autolab.core.Row;
import dev.autolab.eval.Evaluator;
import dev.autolab.eval.quality.ScoredExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Evaluates the examples slice by slice. */
public final class Slicing {
  private Slicing() {}

  /** Metrics of every slice of every slicer, slices in name order. */
  public static List<SliceMetrics> evaluate(
      List<Slicer> slicers, List<Row> rows, ScoredExamples examples) {
    int k = examples.classes().size();
    List<SliceMetrics> result = new ArrayList<>();
    for (Slicer slicer : slicers) {
      Map<String, int[][]> confusions = new TreeMap<>();
      for (int i = 0; i < rows.size(); i++) {
        String slice = slicer.sliceOf(rows.get(i), examples.actual()[i]);
        confusions
            .computeIfAbsent(slice, s -> new int[k][k])[examples.actual()[i]][
            examples.predicted(i)]++;
      }
      confusions.forEach(
          (slice, confusion) ->
              result.add(
                  new SliceMetrics(
                      slicer.name(),
                      slice,
                      count(confusion),
                      Evaluator.accuracy(confusion),
                      Evaluator.macroF1(confusion, true))));
    }
    return result;
  }

  private static int count(int[][] confusion) {
    int n = 0;
    for (int[] row : confusion) {
      for (int v : row) {
        n += v;
      }
    }
    return n;
  }
}
