package dev.autolab.neural.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.autolab.core.Event;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.core.Task;
import dev.autolab.eval.Metric;
import dev.autolab.neural.net.Mlp;
import dev.autolab.train.Deadline;
import dev.autolab.train.SyntheticData;
import dev.autolab.train.TrainingContext;
import dev.autolab.train.features.Targets;
import dev.autolab.train.supervise.Supervision;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rate cut of early stopping, journalled, and its replay in a fixed-length run. */
class SupervisedTest {
  private final List<Event> events = new ArrayList<>();

  private TrainingContext context() {
    return new TrainingContext(
        3,
        Metric.MACRO_F1,
        ProgressListener.NONE,
        events::add,
        MetricSink.NONE,
        Clock.systemUTC(),
        Map.of(),
        Supervision.off(),
        Deadline.NONE);
  }

  @Test
  void anEarlyStoppedRunCutsTheRateOnceJournalsItAndSaysHowToReplayIt() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Knobs knobs = new Knobs().learningRate(0.5);
      TrainingLoop loop = tinyLoop(manager, knobs);
      Supervised.Fitted fitted =
          Supervised.fit(
              loop,
              context(),
              new Supervised.Fit("mlp", 0, 2, 200, ValidationSchedule.everyEpoch(), null),
              Blobs.of(manager, 256, 8, 1),
              Blobs.of(manager, 128, 8, 2));
      assertThat(fitted.cut()).isNotNull();
      Event action =
          events.stream()
              .filter(e -> "early-stopping-rate-cut".equals(e.rule()))
              .findFirst()
              .orElseThrow();
      assertThat(action.kind()).isEqualTo("action");
      assertThat(action.knob()).isEqualTo("learning_rate");
      Map<String, Object> params = fitted.params(new HashMap<>(), knobs);
      // The replay starts from the rate the kept weights started from.
      assertThat(params).containsEntry("learning_rate", 0.5);
      if (fitted.rateCutAfter() > 0) {
        assertThat(params).containsEntry(Supervised.RATE_CUT_AFTER, fitted.rateCutAfter());
        assertThat(fitted.epochs()).isGreaterThan(fitted.rateCutAfter());
      } else {
        assertThat(params).doesNotContainKey(Supervised.RATE_CUT_AFTER);
      }
    }
  }

  @Test
  void aCandidatesClassWeightingBecomesTheLossWeightsAndStaysInTheModelsSettings() {
    var data = SyntheticData.table(Task.CLASSIFICATION, 90, 10, 4);
    int classes = data.schema().classes().size();
    int[] labels = Targets.classIndices(data.schema(), data.train());
    int[] counts = new int[classes];
    for (int label : labels) {
      counts[label]++;
    }
    Map<String, Object> params = Map.of("class_weights", List.of("balanced", "none"));
    float[] weights = Supervised.classWeights(params, data.schema(), data.train());
    assertThat(weights).hasSize(classes);
    for (int k = 0; k < classes; k++) {
      assertThat(weights[k])
          .isCloseTo((float) labels.length / (classes * counts[k]), within(1e-5f));
    }
    assertThat(Supervised.classWeights(Map.of(), data.schema(), data.train())).isNull();
    assertThat(
            Supervised.classWeights(
                Map.of("class_weights", List.of("none")), data.schema(), data.train()))
        .isNull();
    assertThat(Supervised.withClassWeights(new HashMap<>(), params))
        .containsEntry("class_weights", List.of("balanced", "none"));
  }

  @Test
  void aFixedLengthRunReplaysTheCutAfterItsEpochs() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Knobs knobs = new Knobs().learningRate(0.01);
      List<Double> rates = new ArrayList<>();
      TrainingLoop loop =
          tinyLoop(manager, knobs)
              .listen(
                  new LoopListener() {
                    @Override
                    public void onEpochEnd(int epoch, LoopControl control) {
                      rates.add(control.knobs().learningRate());
                    }
                  });
      Supervised.Fitted fitted =
          Supervised.fit(
              loop,
              context(),
              new Supervised.Fit(
                  "mlp",
                  4,
                  2,
                  4,
                  ValidationSchedule.everyEpoch(),
                  null,
                  new Supervised.Replay(2, null)),
              Blobs.of(manager, 256, 8, 1),
              null);
      assertThat(fitted.epochs()).isEqualTo(4);
      assertThat(rates).hasSize(4);
      assertThat(rates.get(0)).isEqualTo(0.01);
      assertThat(rates.get(2)).isCloseTo(0.001, within(1e-12));
      assertThat(fitted.params(new HashMap<>(), knobs)).containsEntry(Supervised.RATE_CUT_AFTER, 2);
    }
  }

  /**
   * A rate changed mid-run (as the supervisor's plateau cut does) is kept epoch by epoch in the
   * model's settings, and a fixed-length run with those settings trains each epoch at its rate, not
   * every epoch at the last one.
   */
  @Test
  void ratesChangedMidRunAreKeptByEpochAndReplayed() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Knobs knobs = new Knobs().learningRate(0.05);
      TrainingLoop loop =
          tinyLoop(manager, knobs)
              .listen(
                  new LoopListener() {
                    @Override
                    public void onEpochEnd(int epoch, LoopControl control) {
                      if (epoch == 1) {
                        control.knobs().learningRate(control.knobs().learningRate() / 2);
                      }
                    }
                  });
      Supervised.Fitted fitted = fixedLength(loop, manager, 4, new Supervised.Replay(0, null));
      Map<String, Object> params = fitted.params(new HashMap<>(), knobs);
      assertThat(params)
          .containsEntry("learning_rate", 0.05)
          .containsEntry(Supervised.RATE_SCHEDULE, "0:0.05,2:0.025");

      List<Double> replayed = new ArrayList<>();
      TrainingLoop again =
          tinyLoop(manager, new Knobs().learningRate(0.001))
              .listen(
                  new LoopListener() {
                    @Override
                    public void onStep(StepRecord step, LoopControl control) {
                      if (replayed.size() == step.epoch()) {
                        replayed.add(control.knobs().learningRate());
                      }
                    }
                  });
      fixedLength(again, manager, 4, Supervised.replay(params));
      assertThat(replayed).containsExactly(0.05, 0.05, 0.025, 0.025);
    }
  }

  /**
   * A cut within an epoch (as the divergence rule makes in the first steps) counts for that whole
   * epoch: a replay must not start at the rate that diverged.
   */
  @Test
  void aCutWithinAnEpochIsKeptFromThatEpochsStart() {
    try (NDManager manager = NDManager.newBaseManager()) {
      Knobs knobs = new Knobs().learningRate(0.05);
      TrainingLoop loop =
          tinyLoop(manager, knobs)
              .listen(
                  new LoopListener() {
                    @Override
                    public void onStep(StepRecord step, LoopControl control) {
                      if (step.step() == 2) {
                        control.knobs().learningRate(0.005);
                      }
                    }
                  });
      Supervised.Fitted fitted = fixedLength(loop, manager, 2, new Supervised.Replay(0, null));
      assertThat(fitted.rates().rateAt(0)).isEqualTo(0.005);
      assertThat(fitted.rates().varies()).isFalse();
      assertThat(fitted.params(new HashMap<>(), knobs)).doesNotContainKey(Supervised.RATE_SCHEDULE);
    }
  }

  @Test
  void aRateScheduleReadsBackAndABadOneIsRefusedWithThePair() {
    RateSchedule rates = RateSchedule.parse("0:0.003, 12:0.0009");
    assertThat(rates.rateAt(0)).isEqualTo(0.003);
    assertThat(rates.rateAt(11)).isEqualTo(0.003);
    assertThat(rates.rateAt(12)).isEqualTo(0.0009);
    assertThat(rates.rateAt(40)).isEqualTo(0.0009);
    assertThat(rates.format()).isEqualTo("0:0.003,12:9.0E-4");
    assertThat(RateSchedule.parse(rates.format()).rateAt(12)).isEqualTo(0.0009);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateSchedule.parse("0:0.003,x"))
        .isInstanceOf(dev.autolab.core.BadInputException.class)
        .hasMessageContaining("'x' is not epoch:rate");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> RateSchedule.parse("3:0.003"))
        .isInstanceOf(dev.autolab.core.BadInputException.class)
        .hasMessageContaining("start at 0");
  }

  /** A 8-4-2 perceptron's loop, the network every test here trains. */
  private static TrainingLoop tinyLoop(NDManager manager, Knobs knobs) {
    return new TrainingLoop(
        new Mlp(manager.newSubManager(), new int[] {8, 4, 2}, 1),
        Objective.CROSS_ENTROPY,
        knobs,
        3);
  }

  /** {@code epochs} epochs of the blobs, without validation, replaying {@code replay}. */
  private Supervised.Fitted fixedLength(
      TrainingLoop loop, NDManager manager, int epochs, Supervised.Replay replay) {
    return Supervised.fit(
        loop,
        context(),
        new Supervised.Fit("mlp", epochs, 2, epochs, ValidationSchedule.everyEpoch(), null, replay),
        Blobs.of(manager, 256, 8, 1),
        null);
  }
}
