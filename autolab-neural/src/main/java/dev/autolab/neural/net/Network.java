package dev.autolab.neural.net;

import ai.djl.ndarray.NDArray;

/**
 * A network written as plain tensor operations over its {@link ParameterSet}: no layer objects
 * between the loop and the engine, so a training step costs what its operations cost.
 */
public interface Network extends AutoCloseable {
  /**
   * The outputs (class logits, or one value per row) for a batch. Operations run in the manager of
   * {@code input}, so the caller scopes them.
   *
   * @param training batch statistics apply only when training
   * @param dropout the dropout for this call ({@link Dropout#NONE} outside training)
   */
  NDArray forward(NDArray input, boolean training, Dropout dropout);

  ParameterSet parameters();

  /**
   * Multiply-adds of one row's forward pass, for decisions that depend on how much work a step is
   * (see the training loop's thread choice). Every weight once, as in fully connected layers;
   * networks that reuse weights across positions (convolutions) say more.
   */
  default long multiplyAddsPerRow() {
    return parameters().size();
  }

  @Override
  default void close() {
    parameters().close();
  }
}
