package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.Event;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Mlp;
import dev.autolab.train.supervise.Notifier;
import dev.autolab.train.supervise.Supervision;
import dev.autolab.train.supervise.Supervisor;
import dev.autolab.train.supervise.SupervisorSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The supervisor on the real DJL loop: it rolls back a divergence and leaves a healthy run be. */
class LoopSupervisorTest {
  private final List<Event> journal = new ArrayList<>();

  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  private LoopSupervisor hook(SupervisorSettings settings, Checkpoints checkpoints) {
    Supervisor supervisor =
        new Supervisor(
            new Supervision(settings, Notifier.NONE), journal::add, Clock.systemUTC(), "mlp");
    return new LoopSupervisor(supervisor, checkpoints, false, new FeatureNoise(0.1));
  }

  private LoopResult train(double rate, LoopSupervisor hook, Checkpoints checkpoints, int epochs) {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 512, 8, 1);
      TensorData valid = Blobs.of(manager, 256, 8, 2);
      Mlp network = new Mlp(manager.newSubManager(), new int[] {8, 16, 2}, 7);
      TrainingLoop loop =
          new TrainingLoop(
                  network, Objective.CROSS_ENTROPY, new Knobs().batchSize(32).learningRate(rate), 3)
              .listen(ValidationSchedule.everyEpoch())
              .listen(checkpoints);
      if (hook != null) {
        loop.listen(hook);
      }
      return loop.fit(train, valid, epochs);
    }
  }

  @Test
  void aDivergingRunIsRolledBackWithALowerRateAndRecovers() {
    Checkpoints checkpoints = new Checkpoints(null);
    LoopSupervisor hook = hook(SupervisorSettings.defaults(), checkpoints);
    LoopResult supervised = train(200, hook, checkpoints, 12);
    LoopResult alone = train(200, null, new Checkpoints(null), 12);

    List<Supervisor.Action> actions = hook.supervisor().actions();
    // The gradient norm's first jump may switch clipping on a step earlier; the rate is cut by the
    // divergence rule.
    Supervisor.Action cut =
        actions.stream().filter(a -> a.rule().equals("divergence")).findFirst().orElseThrow();
    assertThat((double) cut.to()).isCloseTo(20, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(actions.get(0).rule()).isIn("divergence", "exploding-gradients");
    assertThat(journal)
        .anyMatch(e -> e.kind().equals("action") && "learning_rate".equals(e.knob()));
    assertThat(supervised.lastValidation().accuracy()).isGreaterThan(0.9);
    assertThat(supervised.lastValidation().loss()).isLessThan(alone.lastValidation().loss());
  }

  @Test
  void aHealthyRunGetsNoAction() {
    Checkpoints checkpoints = new Checkpoints(null);
    LoopSupervisor hook = hook(SupervisorSettings.defaults(), checkpoints);
    LoopResult result = train(1e-2, hook, checkpoints, 6);
    assertThat(hook.supervisor().actions()).isEmpty();
    assertThat(result.lastValidation().accuracy()).isGreaterThan(0.9);
    assertThat(journal).anyMatch(e -> "curve".equals(e.rule()));
  }

  @Test
  void memoryAboveTheLimitHalvesThePassAndKeepsTheEffectiveBatch() {
    Checkpoints checkpoints = new Checkpoints(null);
    // A limit far below any JVM's resident size: pressure from the first reading.
    LoopSupervisor hook = hook(SupervisorSettings.defaults().withMemoryLimit(1 << 20), checkpoints);
    List<StepRecord> steps = new ArrayList<>();
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 512, 8, 1);
      TensorData valid = Blobs.of(manager, 128, 8, 2);
      Knobs knobs = new Knobs().batchSize(32).learningRate(1e-2);
      new TrainingLoop(
              new Mlp(manager.newSubManager(), new int[] {8, 16, 2}, 7),
              Objective.CROSS_ENTROPY,
              knobs,
              3)
          .listen(ValidationSchedule.everyEpoch())
          .listen(checkpoints)
          .listen(hook)
          .listen(
              new LoopListener() {
                @Override
                public void onStep(StepRecord step, LoopControl control) {
                  steps.add(step);
                }
              })
          .fit(train, valid, 4);
      List<Supervisor.Action> actions = hook.supervisor().actions();
      assertThat(actions).isNotEmpty().allMatch(a -> a.knob().equals("micro_batch"));
      assertThat(actions.get(0).from()).isEqualTo(32);
      assertThat(actions.get(0).to()).isEqualTo(16);
      // One halving per cool-down (20 steps here: an epoch is 16).
      for (int i = 1; i < actions.size(); i++) {
        assertThat(actions.get(i).step() - actions.get(i - 1).step()).isGreaterThanOrEqualTo(20);
      }
      assertThat(knobs.accumulation()).isGreaterThan(1);
      assertThat(knobs.batchSize()).isEqualTo(32);
      assertThat(steps).allMatch(s -> s.rows() == 32);
    }
  }
}
