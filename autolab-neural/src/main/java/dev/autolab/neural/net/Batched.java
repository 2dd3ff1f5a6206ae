package dev.autolab.neural.net;

import dev.autolab.core.Row;
import dev.autolab.neural.engine.NeuralEngine;
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

  /**
   * The predictions of {@code rows}, {@code size} rows at a time, in order. One row is predicted on
   * one intra-op thread: waking the engine's other threads for a single row's small operators costs
   * more than they give (the benchmark CNN answered one image in 0.3 ms on one thread, 0.8 ms on
   * two). Nothing records gradients meanwhile ({@link NeuralEngine#withoutGradients}).
   */
  public static List<Prediction> predict(
      List<Row> rows, int size, Function<List<Row>, List<Prediction>> batch) {
    return NeuralEngine.withoutGradients(
        () -> {
          if (rows.size() == 1) {
            return NeuralEngine.withThreads(1, () -> batch.apply(rows));
          }
          List<Prediction> predictions = new ArrayList<>(rows.size());
          for (int from = 0; from < rows.size(); from += size) {
            predictions.addAll(batch.apply(rows.subList(from, Math.min(rows.size(), from + size))));
          }
          return predictions;
        });
  }
}
