package dev.autolab.neural.text;

import java.util.List;

/** Turns texts into fixed-width vectors, one per text, in order. */
public interface Encoder {
  /** Names the encoder and its weights, so that cached vectors of another encoder never match. */
  String id();

  /** The width of every vector. */
  int dimension();

  /** One vector of {@link #dimension()} floats per text. */
  float[][] encode(List<String> texts);
}
