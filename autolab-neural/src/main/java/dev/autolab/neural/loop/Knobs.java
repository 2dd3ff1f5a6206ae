package dev.autolab.neural.loop;

import java.util.Locale;

/**
 * The settings a training loop reads at every step, so that a listener (the supervisor, early
 * stopping) can change any of them mid-run. Single-threaded: the loop and its listeners run on one
 * thread.
 */
public final class Knobs {
  private double learningRate = 1e-3;
  private Schedule schedule = Schedule.CONSTANT;
  private int batchSize = 128;
  private int accumulation = 1;
  private float dropout;
  private double weightDecay;
  private double clipNorm;
  private Augmentation augmentation = Augmentation.NONE;

  /** The base learning rate; the schedule scales it per step. */
  public double learningRate() {
    return learningRate;
  }

  public Knobs learningRate(double value) {
    learningRate = positive("learning rate", value);
    return this;
  }

  public Schedule schedule() {
    return schedule;
  }

  public Knobs schedule(Schedule value) {
    schedule = value;
    return this;
  }

  /** Rows per optimizer step (split into {@link #accumulation()} micro-batches). */
  public int batchSize() {
    return batchSize;
  }

  public Knobs batchSize(int value) {
    batchSize = (int) positive("batch size", value);
    return this;
  }

  /** Micro-batches whose gradients add up to one optimizer step (1: none). */
  public int accumulation() {
    return accumulation;
  }

  public Knobs accumulation(int value) {
    accumulation = (int) positive("gradient accumulation", value);
    return this;
  }

  /** Rows per forward/backward pass. */
  public int microBatchSize() {
    return Math.max(1, (batchSize + accumulation - 1) / accumulation);
  }

  public float dropout() {
    return dropout;
  }

  public Knobs dropout(double value) {
    if (!(value >= 0 && value < 1)) {
      throw new IllegalArgumentException("dropout must be in [0, 1), got " + value);
    }
    dropout = (float) value;
    return this;
  }

  /** Decoupled weight decay per step, as a fraction of the learning rate (AdamW). */
  public double weightDecay() {
    return weightDecay;
  }

  public Knobs weightDecay(double value) {
    weightDecay = nonNegative("weight decay", value);
    return this;
  }

  /** The largest global gradient norm; larger gradients are scaled down to it (0: no clipping). */
  public double clipNorm() {
    return clipNorm;
  }

  public Knobs clipNorm(double value) {
    clipNorm = nonNegative("clip norm", value);
    return this;
  }

  public Augmentation augmentation() {
    return augmentation;
  }

  public Knobs augmentation(Augmentation value) {
    augmentation = value;
    return this;
  }

  private static double positive(String name, double value) {
    if (!(value > 0)) {
      throw new IllegalArgumentException(name + " must be positive, got " + value);
    }
    return value;
  }

  private static double nonNegative(String name, double value) {
    if (!(value >= 0)) {
      throw new IllegalArgumentException(name + " must be zero or more, got " + value);
    }
    return value;
  }

  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "lr=%g batch=%d accumulation=%d dropout=%.2f weight_decay=%g clip_norm=%g",
        learningRate,
        batchSize,
        accumulation,
        dropout,
        weightDecay,
        clipNorm);
  }
}
