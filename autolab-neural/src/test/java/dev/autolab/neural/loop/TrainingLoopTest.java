package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Mlp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The loop really trains, reads its knobs at every step, and scopes its native memory. */
class TrainingLoopTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  private static Mlp mlp(NDManager manager) {
    return new Mlp(manager.newSubManager(), new int[] {8, 16, 2}, 7);
  }

  @Test
  void lossFallsAndValidationAccuracyRises() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 512, 8, 1);
      TensorData valid = Blobs.of(manager, 256, 8, 2);
      List<StepRecord> steps = new ArrayList<>();
      Knobs knobs = new Knobs().batchSize(32).learningRate(1e-2);
      LoopResult result =
          new TrainingLoop(mlp(manager), Objective.CROSS_ENTROPY, knobs, 3)
              .listen(recordSteps(steps))
              .listen(ValidationSchedule.everyEpoch())
              .fit(train, valid, 3);
      assertThat(result.steps()).isEqualTo(3 * 16);
      assertThat(result.rows()).isEqualTo(3 * 512);
      assertThat(steps.get(steps.size() - 1).loss()).isLessThan(steps.get(0).loss() / 2);
      assertThat(result.lastValidation().accuracy()).isGreaterThan(0.9);
    }
  }

  @Test
  void aListenerChangesTheLearningRateAndBatchSizeMidRun() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 256, 8, 1);
      List<StepRecord> steps = new ArrayList<>();
      LoopListener supervisor =
          new SupervisorHook() {
            @Override
            public void onStep(StepRecord step, LoopControl control) {
              if (step.step() == 4) {
                control.knobs().learningRate(1e-4).batchSize(64);
              }
            }
          };
      new TrainingLoop(mlp(manager), Objective.CROSS_ENTROPY, new Knobs().batchSize(32), 3)
          .listen(supervisor)
          .listen(recordSteps(steps))
          .fit(train, null, 1);
      assertThat(steps.get(3).learningRate()).isCloseTo(1e-3, within(1e-9));
      assertThat(steps.get(3).rows()).isEqualTo(32);
      assertThat(steps.get(4).learningRate()).isCloseTo(1e-4, within(1e-9));
      assertThat(steps.get(4).rows()).isEqualTo(64);
      // 4 steps of 32 rows, then 128 rows left in steps of 64.
      assertThat(steps).hasSize(6);
    }
  }

  @Test
  void gradientAccumulationMatchesOneLargeBatch() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 64, 8, 1);
      Map<String, float[]> whole = oneStep(manager, train, 1);
      Map<String, float[]> accumulated = oneStep(manager, train, 4);
      whole.forEach(
          (name, values) -> {
            float[] other = accumulated.get(name);
            for (int i = 0; i < values.length; i++) {
              assertThat(other[i]).as(name).isCloseTo(values[i], within(1e-6f));
            }
          });
    }
  }

  private static Map<String, float[]> oneStep(NDManager manager, TensorData train, int parts) {
    Mlp network = mlp(manager);
    new TrainingLoop(
            network, Objective.CROSS_ENTROPY, new Knobs().batchSize(64).accumulation(parts), 3)
        .fit(train, null, 1);
    return network.parameters().snapshot();
  }

  @Test
  void clippingBoundsTheGlobalGradientNorm() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 128, 8, 1);
      List<StepRecord> steps = new ArrayList<>();
      new TrainingLoop(
              mlp(manager), Objective.CROSS_ENTROPY, new Knobs().batchSize(32).clipNorm(1e-3), 3)
          .listen(recordSteps(steps))
          .fit(train, null, 1);
      // The norm is measured before clipping, so it is reported above the bound it was cut to.
      assertThat(steps).allSatisfy(s -> assertThat(s.gradientNorm()).isGreaterThan(1e-3));
    }
  }

  @Test
  void earlyStoppingStopsAndRestoresTheBestWeights() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 256, 8, 1);
      TensorData valid = Blobs.of(manager, 128, 8, 2);
      Mlp network = mlp(manager);
      Checkpoints checkpoints = new Checkpoints(null);
      // A rate this high makes the validation loss jump about, so patience 2 runs out early.
      LoopResult result =
          new TrainingLoop(network, Objective.CROSS_ENTROPY, new Knobs().learningRate(0.5), 3)
              .listen(ValidationSchedule.everySteps(1))
              .listen(checkpoints)
              .listen(new EarlyStopping(2, checkpoints, true))
              .fit(train, valid, 50);
      assertThat(result.stopReason()).contains("has not improved");
      assertThat(result.epochs()).isLessThan(50);
      try (NDManager scope = manager.newSubManager()) {
        ValidationRecord now = Evaluation.of(network, Objective.CROSS_ENTROPY, valid, scope, 0, 0);
        assertThat(now.loss()).isCloseTo(checkpoints.bestRecord().loss(), within(1e-5));
      }
    }
  }

  @Test
  void aRateCutPutsTheBestWeightsBackAndTrainsOnBeforeStopping() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 256, 8, 1);
      TensorData valid = Blobs.of(manager, 128, 8, 2);
      Mlp network = mlp(manager);
      Checkpoints checkpoints = new Checkpoints(null);
      List<EarlyStopping.RateCut> told = new ArrayList<>();
      EarlyStopping stopping = new EarlyStopping(2, checkpoints, true, 1, told::add);
      Knobs knobs = new Knobs().learningRate(0.5);
      LoopResult result =
          new TrainingLoop(network, Objective.CROSS_ENTROPY, knobs, 3)
              .listen(ValidationSchedule.everySteps(1))
              .listen(checkpoints)
              .listen(stopping)
              .fit(train, valid, 50);
      assertThat(told).hasSize(1);
      EarlyStopping.RateCut cut = told.get(0);
      assertThat(cut.from()).isEqualTo(0.5);
      assertThat(cut.to()).isCloseTo(0.05, within(1e-12));
      assertThat(knobs.learningRate()).isCloseTo(0.05, within(1e-12));
      // Patience ran out once more after the cut before the loop stopped.
      assertThat(result.stopReason()).contains("has not improved");
      assertThat(result.steps()).isGreaterThan(cut.step() + 1);
      assertThat(stopping.cuts()).containsExactly(cut);
    }
  }

  @Test
  void nativeMemoryStaysScopedAcrossEpochs() {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 256, 8, 1);
      TensorData valid = Blobs.of(manager, 64, 8, 2);
      Mlp network = mlp(manager);
      int before = manager.getManagedArrays().size();
      new TrainingLoop(network, Objective.CROSS_ENTROPY, new Knobs().weightDecay(0.01), 3)
          .listen(ValidationSchedule.everyEpoch())
          .fit(train, valid, 3);
      assertThat(manager.getManagedArrays()).hasSize(before);
    }
  }

  private static LoopListener recordSteps(List<StepRecord> steps) {
    return new LoopListener() {
      @Override
      public void onStep(StepRecord step, LoopControl control) {
        steps.add(step);
      }
    };
  }
}
