package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Mlp;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Trainings running at once in one process (a race's concurrent trials) each train the model they
 * train alone: no gradient recording, random draw or thread setting leaks from one to the other.
 */
class ConcurrentLoopsTest {
  @BeforeAll
  static void engine() {
    NeuralEngine.start();
  }

  @Test
  void twoLoopsAtOnceTrainWhatEachTrainsAlone() throws Exception {
    try (NDManager manager = NDManager.newBaseManager()) {
      TensorData train = Blobs.of(manager, 512, 8, 1);
      TensorData valid = Blobs.of(manager, 128, 8, 2);
      Map<String, float[]> aloneA = train(manager, train, valid, 11, null);
      Map<String, float[]> aloneB = train(manager, train, valid, 12, null);

      CountDownLatch bothStarted = new CountDownLatch(2);
      AtomicReference<Map<String, float[]>> a = new AtomicReference<>();
      AtomicReference<Map<String, float[]>> b = new AtomicReference<>();
      AtomicReference<Throwable> failure = new AtomicReference<>();
      Thread first = trainer(() -> a.set(train(manager, train, valid, 11, bothStarted)), failure);
      Thread second = trainer(() -> b.set(train(manager, train, valid, 12, bothStarted)), failure);
      first.start();
      second.start();
      first.join(60_000);
      second.join(60_000);
      assertThat(failure.get()).isNull();

      assertSame(a.get(), aloneA);
      assertSame(b.get(), aloneB);
      // Different seeds, different dropout masks and orders: the check above can fail.
      assertThat(aloneA.get("fc0.weight")).isNotEqualTo(aloneB.get("fc0.weight"));
    }
  }

  /** Trains an MLP with dropout; with a latch, waits at the first step until both trainings run. */
  private static Map<String, float[]> train(
      NDManager manager, TensorData train, TensorData valid, long seed, CountDownLatch latch) {
    try (NDManager scope = manager.newSubManager();
        Mlp mlp = new Mlp(scope.newSubManager(), new int[] {8, 32, 32, 2}, seed)) {
      Knobs knobs = new Knobs().batchSize(32).learningRate(1e-2).dropout(0.3);
      TrainingLoop loop = new TrainingLoop(mlp, Objective.CROSS_ENTROPY, knobs, seed);
      loop.capThreads(1);
      if (latch != null) {
        loop.listen(
            new LoopListener() {
              @Override
              public void onStep(StepRecord step, LoopControl control) {
                if (step.step() == 1) {
                  latch.countDown();
                  try {
                    latch.await();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }
              }
            });
      }
      loop.listen(ValidationSchedule.everyEpoch()).fit(train, valid, 4);
      return mlp.parameters().snapshot();
    }
  }

  private static Thread trainer(Runnable work, AtomicReference<Throwable> failure) {
    Thread thread =
        new Thread(
            () -> {
              try {
                work.run();
              } catch (Throwable t) {
                failure.compareAndSet(null, t);
              }
            });
    thread.setDaemon(true);
    return thread;
  }

  private static void assertSame(Map<String, float[]> actual, Map<String, float[]> expected) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((name, values) -> assertThat(actual.get(name)).as(name).isEqualTo(values));
  }
}
