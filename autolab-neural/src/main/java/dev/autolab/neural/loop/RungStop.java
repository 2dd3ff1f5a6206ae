package dev.autolab.neural.loop;

import dev.autolab.train.RungGate;

/**
 * Meets the race's rungs: at the end of each rung (its first after {@link #MIN_RUNG_STEPS} steps,
 * in whole epochs, then {@code factor} times as many epochs each time) it reports the validation
 * loss to the {@link RungGate}, which may keep the loop waiting while other trials train, and stops
 * the loop when the race prunes it. The loop keeps to the share of the cores the race gives it,
 * which grows as fewer trials go on. Listens after validation, early stopping and the supervisor.
 */
public final class RungStop implements LoopListener {
  /** The stop reason of a trial the race pruned; trainers journal it. */
  public static final String REASON = "pruned by the race at a rung";

  /** The first rung ends after at least this many steps (ASHA's usual ~100), in whole epochs. */
  static final int MIN_RUNG_STEPS = 100;

  private final RungGate gate;
  private int rung;
  private long rungEpochs;
  private ValidationRecord last;

  public RungStop(RungGate gate) {
    this.gate = gate;
  }

  @Override
  public void onStart(LoopControl control) {
    control.capThreads(gate.threads());
    rungEpochs =
        Math.max(1, (MIN_RUNG_STEPS + control.stepsPerEpoch() - 1) / control.stepsPerEpoch());
  }

  @Override
  public void onValidation(ValidationRecord validation, LoopControl control) {
    last = validation;
  }

  @Override
  public void onEpochEnd(int epoch, LoopControl control) {
    if (epoch + 1 < rungEpochs) {
      return;
    }
    ValidationRecord current =
        last != null && last.step() == control.step() ? last : control.validate();
    boolean goOn = gate.reached(rung, current.loss());
    rung++;
    rungEpochs *= gate.factor();
    if (goOn) {
      // Fewer trials go on than trained the rung: each may take a larger share of the cores.
      control.capThreads(gate.threads());
    } else {
      control.stop(REASON);
    }
  }

  @Override
  public void onEnd(LoopControl control) {
    gate.ended();
  }
}
