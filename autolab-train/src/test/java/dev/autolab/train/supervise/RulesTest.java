package dev.autolab.train.supervise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each rule on synthetic curves: it fires on the shape it is for, and not on a healthy one. */
class RulesTest {
  private final SimActuator knobs = new SimActuator();
  private final Signals signals = new Signals();

  /** A healthy descent: 2.3 falling towards 0.2 with batch noise. */
  private static double healthyLoss(int step) {
    return 0.2 + 2.1 * Math.exp(-step / 40.0) * (1 + 0.1 * Math.sin(step * 1.7));
  }

  @Test
  void divergenceFiresOnAJumpAfterConfirmationAndNotOnAHealthyDescent() {
    DivergenceRule rule = new DivergenceRule();
    for (int step = 1; step <= 200; step++) {
      signals.step(step, healthyLoss(step), 1.0, 0.1, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).active()).as("step %d", step).isFalse();
    }
    int fired = 0;
    for (int step = 201; step <= 210 && fired == 0; step++) {
      signals.step(step, 25.0, 50.0, 0.1, 1000);
      Verdict verdict = rule.check(Trigger.STEP, signals, knobs);
      if (verdict.proposal() != null) {
        fired = step;
        assertThat(verdict.proposal().apply().test(knobs)).isTrue();
      }
    }
    // The smoothed loss crosses 2x its lowest at once; three confirmations make step 203.
    assertThat(fired).isEqualTo(203);
    assertThat(knobs.rollbacks).isEqualTo(1);
    assertThat(knobs.rate).isCloseTo(0.01, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void aNanLossIsADivergenceAtOnce() {
    DivergenceRule rule = new DivergenceRule();
    signals.step(1, 0.7, 1.0, 0.1, 1000);
    rule.check(Trigger.STEP, signals, knobs);
    signals.step(2, Double.NaN, Double.NaN, 0.1, 1000);
    Verdict verdict = rule.check(Trigger.STEP, signals, knobs);
    assertThat(verdict.active()).isTrue();
    assertThat(verdict.evidence()).containsEntry("non_finite", true);
    assertThat(verdict.proposal().critical()).isTrue();
  }

  @Test
  void explodingGradientsSwitchClippingOnBeforeTheNormOverflows() {
    ExplodingGradientRule rule = new ExplodingGradientRule();
    long fired = -1;
    double norm = 1.0;
    for (int step = 1; step <= 200 && fired < 0; step++) {
      norm = step <= 40 ? 1.0 + 0.05 * Math.sin(step) : norm * 1.25;
      signals.step(step, 0.5, norm, 0.1, 1000);
      Verdict verdict = rule.check(Trigger.STEP, signals, knobs);
      if (verdict.proposal() != null) {
        fired = step;
        verdict.proposal().apply().test(knobs);
      }
    }
    // Growth of 25% a step is seen within a few steps of passing 3x the median of ~1.
    assertThat(fired).isBetween(45L, 55L);
    assertThat(norm).isLessThan(20);
    assertThat(knobs.clip).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.2));
  }

  @Test
  void aHundredfoldJumpInOneStepSwitchesClippingOnAtOnceAheadOfTheDivergence() {
    ExplodingGradientRule exploding = new ExplodingGradientRule();
    DivergenceRule divergence = new DivergenceRule();
    double[] norms = {4.1, 4.9, 5.3, 4.6, 4.8, 5.0, 928.0};
    double[] losses = {2.3, 2.2, 2.1, 2.1, 2.0, 2.0, 2.4};
    Verdict spike = null;
    for (int i = 0; i < norms.length; i++) {
      signals.step(i + 1, losses[i], norms[i], 0.1, 1000);
      assertThat(divergence.check(Trigger.STEP, signals, knobs).active()).isFalse();
      spike = exploding.check(Trigger.STEP, signals, knobs);
    }
    // The seventh step's norm is ~190x the median of the six before: clipping before the loss
    // has diverged (the divergence rule is still quiet), at twice that median.
    assertThat(spike.proposal()).isNotNull();
    assertThat(spike.evidence()).containsKey("spike");
    assertThat(spike.proposal().apply().test(knobs)).isTrue();
    assertThat(knobs.clip).isCloseTo(2 * 4.85, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void theSecondStepCanAlreadyBeASpike() {
    ExplodingGradientRule rule = new ExplodingGradientRule();
    signals.step(1, 2.37, 4.88, 0.1, 1000);
    assertThat(rule.check(Trigger.STEP, signals, knobs).active()).isFalse();
    signals.step(2, 2.9, 928.4, 0.1, 1000);
    Verdict spike = rule.check(Trigger.STEP, signals, knobs);
    assertThat(spike.proposal()).isNotNull();
    assertThat((Double) spike.proposal().to())
        .isCloseTo(2 * 4.88, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void theFirstStepsOfAHealthyRunAreNoSpike() {
    ExplodingGradientRule rule = new ExplodingGradientRule();
    // Norms often rise several-fold while a fresh network leaves its initial point.
    double[] norms = {0.3, 0.5, 0.9, 1.6, 2.4, 3.1, 3.5, 3.2, 2.8, 3.0, 5.5, 2.9};
    for (int i = 0; i < norms.length; i++) {
      signals.step(i + 1, 2.3 - 0.05 * i, norms[i], 0.001, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).active()).as("step %d", i + 1).isFalse();
    }
  }

  @Test
  void aJumpOfAFittedNetworksTinyGradientsIsNoExplosion() {
    ExplodingGradientRule rule = new ExplodingGradientRule();
    // Norms of 0.4-0.8 while the head learns, then ~0.01 once it fits its training data, where
    // one hard batch jumps 25-fold and a few grow for some steps: all below where the run began.
    int step = 0;
    for (int i = 0; i < 40; i++) {
      signals.step(++step, 0.5, 0.6 + 0.2 * Math.sin(i), 0.001, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).active()).isFalse();
    }
    for (int i = 0; i < 40; i++) {
      signals.step(++step, 0.001, 0.01 + 0.002 * Math.sin(i), 0.0001, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).active()).isFalse();
    }
    double[] late = {0.25, 0.012, 0.02, 0.04, 0.07, 0.09, 0.12, 0.17, 0.23, 0.01};
    for (double norm : late) {
      signals.step(++step, 0.002, norm, 0.0001, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).active()).as("norm %s", norm).isFalse();
    }
    // The same jump to above the starting scale is a spike.
    signals.step(++step, 0.002, 3.0, 0.0001, 1000);
    assertThat(rule.check(Trigger.STEP, signals, knobs).proposal()).isNotNull();
  }

  @Test
  void noisyButSteadyGradientsDoNotTriggerClipping() {
    ExplodingGradientRule rule = new ExplodingGradientRule();
    java.util.Random random = new java.util.Random(1);
    for (int step = 1; step <= 500; step++) {
      double norm = Math.exp(random.nextGaussian() * 0.5);
      signals.step(step, 0.5, norm, 0.1, 1000);
      assertThat(rule.check(Trigger.STEP, signals, knobs).proposal()).as("step %d", step).isNull();
    }
  }

  /** Validation losses that stop improving after the third validation. */
  private static final double[] FLAT_VALID = {0.9, 0.6, 0.5, 0.5, 0.51, 0.5};

  /** {@code rule}'s last verdict over {@link #FLAT_VALID} with a flat training loss. */
  private Verdict flatCurve(PlateauRule rule) {
    Verdict last = null;
    for (int i = 0; i < FLAT_VALID.length; i++) {
      signals.step(i * 10L + 10, 0.45, 1, 0.1, 1000);
      signals.validation(i * 10L + 10, FLAT_VALID[i], 0.8);
      last = rule.check(Trigger.VALIDATION, signals, knobs);
    }
    return last;
  }

  @Test
  void plateauCutsTheRateOnlyWhenTrainingLossIsFlatToo() {
    Verdict last = flatCurve(new PlateauRule());
    assertThat(last.proposal()).isNotNull();
    assertThat(last.proposal().to()).isEqualTo(0.1 * PlateauRule.CUT);

    // Same validation losses, but the training loss keeps falling: overfitting, not a plateau.
    double[] valid = FLAT_VALID;
    Signals falling = new Signals();
    PlateauRule fresh = new PlateauRule();
    for (int i = 0; i < valid.length; i++) {
      for (int s = 0; s < 10; s++) {
        falling.step(i * 10L + s, 1.0 / (1 + i), 1, 0.1, 1000);
      }
      falling.validation(i * 10L + 10, valid[i], 0.8);
      last = fresh.check(Trigger.VALIDATION, falling, knobs);
    }
    assertThat(last.active()).isFalse();
  }

  /** After early stopping's own cut the plateau is still seen, but its rate is left alone. */
  @Test
  void plateauLeavesTheRateToEarlyStoppingOnceItHasCut() {
    knobs.earlyStoppingCut = true;
    Verdict last = flatCurve(new PlateauRule());
    assertThat(last.active()).isTrue();
    assertThat(last.proposal()).isNull();
    assertThat(last.evidence()).containsEntry("rate_cut_by_early_stopping", true);
  }

  @Test
  void overfittingStopsAtTheBestOrLeavesItToEarlyStopping() {
    double[] valid = {0.8, 0.5, 0.4, 0.45, 0.5, 0.55};
    for (boolean early : new boolean[] {false, true}) {
      knobs.early = early;
      knobs.stopped = null;
      Signals s = new Signals();
      OverfittingRule rule = new OverfittingRule();
      Verdict last = null;
      for (int i = 0; i < valid.length; i++) {
        for (int k = 0; k < 10; k++) {
          s.step(i * 10L + k, 1.0 / (1 + i), 1, 0.1, 1000);
        }
        s.validation(i * 10L + 9, valid[i], 0.8);
        last = rule.check(Trigger.VALIDATION, s, knobs);
        if (last.proposal() != null) {
          last.proposal().apply().test(knobs);
        }
      }
      // 0.5 and 0.55 are both more than 1.2x the best 0.4: active after the second.
      assertThat(last.active()).isTrue();
      assertThat(last.evidence()).containsEntry("best_valid_loss", 0.4);
      if (early) {
        assertThat(last.proposal()).isNull();
      } else {
        assertThat(knobs.stopped).startsWith("overfitting");
      }
    }
  }

  @Test
  void memoryPressureHalvesThePassAfterTwoHighReadings() {
    MemoryPressureRule rule = new MemoryPressureRule();
    signals.memory(850, 1000, "process RSS");
    assertThat(rule.check(Trigger.MEMORY, signals, knobs).active()).isFalse();
    signals.memory(950, 1000, "process RSS");
    assertThat(rule.check(Trigger.MEMORY, signals, knobs).active()).isFalse();
    signals.memory(960, 1000, "process RSS");
    Verdict verdict = rule.check(Trigger.MEMORY, signals, knobs);
    assertThat(verdict.proposal()).isNotNull();
    assertThat(verdict.proposal().apply().test(knobs)).isTrue();
    assertThat(knobs.microBatch).isEqualTo(32);
  }

  @Test
  void stagnationTurnsAugmentationOnInAFixedEpochRun() {
    StagnationRule rule = new StagnationRule();
    double[] accuracy = {0.7, 0.8, 0.81, 0.81, 0.805, 0.81, 0.809};
    double[] loss = {0.6, 0.5, 0.45, 0.46, 0.47, 0.48, 0.49};
    Verdict last = null;
    for (int i = 0; i < accuracy.length; i++) {
      signals.step(i * 10L + 10, 1.0 / (1 + i), 1, 0.1, 1000);
      signals.validation(i * 10L + 10, loss[i], accuracy[i]);
      last = rule.check(Trigger.VALIDATION, signals, knobs);
    }
    assertThat(last.proposal()).isNotNull();
    last.proposal().apply().test(knobs);
    assertThat(knobs.augmentation).isTrue();
  }

  @Test
  void hysteresisNeedsConfirmationToEnterAndTheLooserConditionToLeave() {
    Hysteresis h = new Hysteresis(2);
    assertThat(h.update(true, false)).isFalse();
    assertThat(h.update(false, false)).isFalse();
    assertThat(h.update(true, false)).isFalse();
    assertThat(h.update(true, false)).isTrue();
    // Between the thresholds it stays on.
    assertThat(h.update(false, false)).isTrue();
    assertThat(h.update(false, true)).isFalse();
  }
}
