package dev.autolab.neural.net;

import dev.autolab.core.Row;
import dev.autolab.train.Prediction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Prediction in fixed-size batches, so one call over a large input never builds one huge tensor;
 * each batch's native memory is scoped by the model's own batch method.
 */
public final class Batched {
  private Batched() {}

  /** The predictions of {@code rows}, {@code size} rows at a time, in order. */
  public static List<Prediction> predict(
      List<Row> rows, int size, Function<List<Row>, List<Prediction>> batch) {
    List<Prediction> predictions = new ArrayList<>(rows.size());
    for (int from = 0; from < rows.size(); from += size) {
      predictions.addAll(batch.apply(rows.subList(from, Math.min(rows.size(), from + size))));
    }
    return predictions;
  }
}
