package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.autolab.neural.engine.NeuralEngine;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JVM's Adam against the formula worked by hand, on real engine tensors. */
class FusedAdamTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void twoStepsFollowPyTorchsAdamAndZeroTheGradient() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray w = manager.create(new float[] {1f, -2f, 0.5f}, new Shape(3));
      w.setRequiresGradient(true);
      NDArray[] weights = {w};
      FusedAdam adam = new FusedAdam(weights);
      float[] expected = {1f, -2f, 0.5f};
      float[] m = new float[3];
      float[] v = new float[3];
      for (int t = 1; t <= 2; t++) {
        float[] before = w.toFloatArray();
        try (NDManager step = manager.newSubManager()) {
          backwardOfSquares(w, step); // gradient 2w
          double norm = adam.update(weights, step, 0.1f, 0, 0);
          double g2 = 0;
          for (float x : before) {
            g2 += 4 * x * x;
          }
          assertThat(norm).isCloseTo(Math.sqrt(g2), within(1e-5));
          assertThat(w.getGradient().toFloatArray()).containsOnly(0f);
        }
        for (int j = 0; j < 3; j++) {
          float g = 2 * before[j];
          m[j] = 0.9f * m[j] + 0.1f * g;
          v[j] = 0.999f * v[j] + 0.001f * g * g;
          double mHat = m[j] / (1 - Math.pow(0.9, t));
          double vHat = v[j] / (1 - Math.pow(0.999, t));
          expected[j] -= (float) (0.1 * mHat / (Math.sqrt(vHat) + 1e-8));
        }
        float[] got = w.toFloatArray();
        for (int j = 0; j < 3; j++) {
          assertThat(got[j]).as("step %d weight %d", t, j).isCloseTo(expected[j], within(1e-5f));
        }
      }
    }
  }

  @Test
  void clippingScalesTheStepAndDecayShrinksTheWeights() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray clipped = manager.create(new float[] {3f, 4f}, new Shape(2));
      clipped.setRequiresGradient(true);
      FusedAdam adam = new FusedAdam(new NDArray[] {clipped});
      try (NDManager step = manager.newSubManager()) {
        backwardOfSquares(clipped, step); // gradient (6, 8), norm 10
        assertThat(adam.update(new NDArray[] {clipped}, step, 0.01f, 1.0, 0.5))
            .isCloseTo(10, within(1e-5));
      }
      // First Adam step moves each weight by lr (the sign of its gradient), whatever the clip;
      // decay first shrinks it by lr * 0.5 of itself.
      float[] got = clipped.toFloatArray();
      assertThat(got[0]).isCloseTo(3f * (1 - 0.005f) - 0.01f, within(1e-5f));
      assertThat(got[1]).isCloseTo(4f * (1 - 0.005f) - 0.01f, within(1e-5f));
    }
  }

  @Test
  void anUpdateSplitInPiecesGivesTheSameWeightsAsOneThread() {
    int n = 3 * FusedAdam.BLOCK + 7;
    float[] start = new float[n];
    Random random = new Random(3);
    for (int j = 0; j < n; j++) {
      start[j] = (float) random.nextGaussian();
    }
    float[][] results = new float[2][];
    double[][] norms = new double[2][3];
    for (int run = 0; run < 2; run++) {
      try (NDManager manager = NDManager.newBaseManager()) {
        NDArray w = manager.create(start, new Shape(n));
        NDArray small = manager.create(new float[] {0.5f, -1f}, new Shape(2));
        w.setRequiresGradient(true);
        small.setRequiresGradient(true);
        NDArray[] weights = {small, w};
        FusedAdam adam = new FusedAdam(weights, run == 0 ? 1 : 2);
        assertThat(adam.parts()).isEqualTo(run == 0 ? 1 : 2);
        for (int t = 0; t < 3; t++) {
          try (NDManager step = manager.newSubManager()) {
            backwardOfSquares(weights, step);
            // Clipping on the second step takes the two-pass path.
            norms[run][t] = adam.update(weights, step, 0.01f, t == 1 ? 1.0 : 0, 0.1);
          }
        }
        results[run] = w.toFloatArray();
      }
    }
    assertThat(results[1]).containsExactly(results[0]);
    for (int t = 0; t < 3; t++) {
      assertThat(norms[1][t]).isEqualTo(norms[0][t]);
    }
  }

  @Test
  void momentsThatDecayAreFlushedBeforeTheyTurnSubnormal() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray w = manager.create(new float[] {1f, 2f}, new Shape(2));
      w.setRequiresGradient(true);
      NDArray[] weights = {w};
      FusedAdam adam = new FusedAdam(weights);
      try (NDManager step = manager.newSubManager()) {
        backwardOfSquares(weights, step);
        adam.update(weights, step, 1e-3f, 0, 0);
      }
      // No gradient from now on: the first moments shrink by 0.9 a step, below the smallest
      // normal float (1.2e-38) after about 800 steps.
      for (int t = 0; t < 1200; t++) {
        try (NDManager step = manager.newSubManager()) {
          backwardOfNothing(w, step);
          adam.update(weights, step, 1e-3f, 0, 0);
        }
        for (float m : adam.means(0)) {
          assertThat(m == 0 || Math.abs(m) >= Float.MIN_NORMAL)
              .as("moment %s at step %d", m, t)
              .isTrue();
        }
      }
      assertThat(adam.means(0)).containsOnly(0f);
    }
  }

  @Test
  void onlyCpuFloatTensorsAreTakenOn() {
    try (NDManager manager = NDManager.newBaseManager()) {
      assertThat(FusedAdam.supports(new NDArray[] {manager.ones(new Shape(2))})).isTrue();
      assertThat(
              FusedAdam.supports(
                  new NDArray[] {
                    manager.ones(new Shape(2)).toType(ai.djl.ndarray.types.DataType.FLOAT64, false)
                  }))
          .isFalse();
    }
  }

  /** Runs backward on the sum of squares of every weight. */
  private static void backwardOfSquares(NDArray[] weights, NDManager step) {
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = weights[0].square().sum();
      for (int i = 1; i < weights.length; i++) {
        loss = loss.add(weights[i].square().sum());
      }
      loss.attach(step);
      collector.backward(loss);
    }
  }

  /** Runs backward on 0 * sum(w), leaving a zero gradient on {@code w}. */
  private static void backwardOfNothing(NDArray w, NDManager step) {
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = w.sum().mul(0f);
      loss.attach(step);
      collector.backward(loss);
    }
  }

  /** Runs backward on sum(w^2), leaving the gradient 2w on {@code w}. */
  private static void backwardOfSquares(NDArray w, NDManager step) {
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDArray loss = w.square().sum();
      loss.attach(step);
      collector.backward(loss);
    }
  }
}
