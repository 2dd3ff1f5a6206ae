package dev.autolab.train.supervise;

/**
 * An engine for the supervisor's tests: knobs held in fields, rollback and stop counted. The rules
 * only read and set knobs through {@link Actuator}, so this exercises them as an engine would.
 */
final class SimActuator implements Actuator {
  double rate = 0.1;
  double clip;
  int microBatch = 64;
  boolean augmentation;
  boolean early;
  boolean earlyStoppingCut;
  int rollbacks;
  int marks;
  String stopped;

  @Override
  public double learningRate() {
    return rate;
  }

  @Override
  public void learningRate(double value) {
    rate = value;
  }

  @Override
  public double clipNorm() {
    return clip;
  }

  @Override
  public boolean clipNorm(double value) {
    clip = value;
    return true;
  }

  @Override
  public int microBatch() {
    return microBatch;
  }

  @Override
  public boolean halveMicroBatch() {
    microBatch /= 2;
    return true;
  }

  @Override
  public boolean augmentationAvailable() {
    return true;
  }

  @Override
  public boolean augmentationOn() {
    return augmentation;
  }

  @Override
  public boolean turnOnAugmentation() {
    augmentation = true;
    return true;
  }

  @Override
  public boolean earlyStopping() {
    return early;
  }

  @Override
  public void markGood() {
    marks++;
  }

  @Override
  public boolean rollback() {
    rollbacks++;
    return true;
  }

  @Override
  public boolean stopAndRestoreBest(String reason) {
    stopped = reason;
    return true;
  }

  @Override
  public boolean rateCutByEarlyStopping() {
    return earlyStoppingCut;
  }
}
