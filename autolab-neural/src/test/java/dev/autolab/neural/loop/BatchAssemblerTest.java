package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import dev.autolab.neural.engine.NeuralEngine;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Batches copied ahead hold exactly the rows asked for, whatever the sequence of requests, and what
 * a step computes from them is freed with the step.
 */
class BatchAssemblerTest {
  private static final int ROWS = 50;
  private static final int WIDTH = 3;

  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void everyBatchHoldsItsRowsWhenTheGuessIsRightAndWhenItIsWrong() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData data = numbered(manager);
      int[] order = shuffled(new Random(7));
      try (NDManager fit = manager.newSubManager();
          BatchAssembler batches = new BatchAssembler(data, fit)) {
        // Steady batches of 8 (guessed right), a batch size changed mid-run (guessed wrong), two
        // micro-batches of one step, the short tail, then a new epoch's order.
        int[][] requests = {{0, 8}, {8, 16}, {16, 24}, {24, 29}, {29, 34}, {34, 40}, {40, 50}};
        for (int[] request : requests) {
          try (NDManager step = fit.newSubManager()) {
            expectRows(batches.assemble(step, order, request[0], request[1]), order, request);
          }
        }
        try (NDManager step = fit.newSubManager()) {
          // Two micro-batches of one size in one step: the second may not undo the first's loan.
          expectRows(batches.assemble(step, order, 0, 5), order, new int[] {0, 5});
          expectRows(batches.assemble(step, order, 5, 10), order, new int[] {5, 10});
        }
        int[] next = shuffled(new Random(8));
        for (int from = 0; from < ROWS; from += 8) {
          try (NDManager step = fit.newSubManager()) {
            int to = Math.min(ROWS, from + 8);
            expectRows(batches.assemble(step, next, from, to), next, new int[] {from, to});
          }
        }
      }
    }
  }

  @Test
  void whatAStepComputesFromItsBatchIsFreedWithTheStep() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData data = numbered(manager);
      int[] order = shuffled(new Random(3));
      try (NDManager fit = manager.newSubManager();
          BatchAssembler batches = new BatchAssembler(data, fit)) {
        List<NDArray> computed = new ArrayList<>();
        NDArray borrowed = null;
        for (int from = 0; from < 40; from += 10) {
          try (NDManager step = fit.newSubManager()) {
            TensorData batch = batches.assemble(step, order, from, from + 10);
            borrowed = batch.features();
            computed.add(batch.features().mul(2));
          }
        }
        assertThat(computed).allSatisfy(array -> assertThat(array.isReleased()).isTrue());
        assertThat(borrowed.isReleased()).isFalse();
        assertThat(borrowed.getManager()).isSameAs(fit);
      }
    }
  }

  /** Row {@code r} holds {@code r*10, r*10+1, r*10+2}; its target is {@code r}. */
  private static TensorData numbered(NDManager manager) {
    float[] x = new float[ROWS * WIDTH];
    long[] y = new long[ROWS];
    for (int r = 0; r < ROWS; r++) {
      for (int c = 0; c < WIDTH; c++) {
        x[r * WIDTH + c] = r * 10 + c;
      }
      y[r] = r;
    }
    return new TensorData(
        manager.create(x, new Shape(ROWS, WIDTH)), manager.create(y).toType(DataType.INT64, false));
  }

  private static int[] shuffled(Random random) {
    List<Integer> rows = new ArrayList<>();
    for (int r = 0; r < ROWS; r++) {
      rows.add(r);
    }
    Collections.shuffle(rows, random);
    return rows.stream().mapToInt(Integer::intValue).toArray();
  }

  private static void expectRows(TensorData batch, int[] order, int[] range) {
    int rows = range[1] - range[0];
    assertThat(batch.features().getShape()).isEqualTo(new Shape(rows, WIDTH));
    float[] x = batch.features().toFloatArray();
    long[] y = batch.targets().toLongArray();
    for (int i = 0; i < rows; i++) {
      int row = order[range[0] + i];
      assertThat(y[i]).isEqualTo(row);
      for (int c = 0; c < WIDTH; c++) {
        assertThat(x[i * WIDTH + c]).isEqualTo(row * 10f + c);
      }
    }
  }
}
