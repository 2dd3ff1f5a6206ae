package dev.autolab.neural.text;

import dev.autolab.core.ProgressListener;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Turns texts into fixed-width vectors, one per text, in order. */
public interface Encoder {
  /** Names the encoder and its weights, so that cached vectors of another encoder never match. */
  String id();

  /** The width of every vector. */
  int dimension();

  /** One vector of {@link #dimension()} floats per text. */
  float[][] encode(List<String> texts);

  /**
   * The same, reporting the texts encoded so far: encoding thousands of texts takes minutes on a
   * CPU. Encoders that run in one go report nothing.
   */
  default float[][] encode(List<String> texts, ProgressListener progress) {
    return encode(texts);
  }

  /**
   * The same, giving up between pieces of work once {@code stop} says so (the run's time budget is
   * spent), with {@link dev.autolab.train.BudgetSpentException}. Encoders that run in one go do not
   * stop.
   */
  default float[][] encode(List<String> texts, ProgressListener progress, BooleanSupplier stop) {
    return encode(texts, progress);
  }
}
