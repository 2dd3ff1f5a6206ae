package dev.autolab.neural.loop;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.optimizer.Optimizer;
import dev.autolab.neural.engine.NeuralEngine;
import dev.autolab.neural.net.Dropout;
import dev.autolab.neural.net.Network;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;

/**
 * A small training loop on DJL primitives: Adam over the network's parameters, one {@link
 * GradientScope} per forward/backward pass, and every knob read from {@link Knobs} at each step.
 * Nothing it draws at random comes from the engine's process-wide generator, and its thread count
 * belongs to its own thread, so several loops may train at once in one process. Logging,
 * validation, checkpoints, early stopping and supervision are listeners.
 *
 * <p>Memory: the batch tensors belong to the fit and are lent to each step (see {@link
 * BatchAssembler}); a step's activations and gradients live in a step scope closed when it ends, so
 * native memory stays flat across epochs.
 */
public final class TrainingLoop implements LoopControl {
  private final Network network;
  private final Objective objective;
  private final Knobs knobs;
  private final Random random;
  private final SplittableRandom masks;
  private final List<LoopListener> listeners = new ArrayList<>();
  private final LearningRate learningRate;
  private Optimizer optimizer;
  private FusedAdam fused;
  private final List<String> names;
  private final NDArray[] weights;

  private int maxThreads;
  private float[] classWeightValues;
  private NDArray classWeights;
  private NDManager scope;
  private BatchAssembler batches;
  private TensorData valid;
  private long step;
  private int epoch;
  private long plannedSteps = 1;
  private int trainRows;
  private int epochs;
  private String stopReason;
  private ValidationRecord lastValidation;

  public TrainingLoop(Network network, Objective objective, Knobs knobs, long seed) {
    NeuralEngine.start();
    this.network = network;
    this.objective = objective;
    this.knobs = knobs;
    this.random = new Random(seed);
    // Masks from the loop's own generator, not the engine's process-wide one: a seed gives the
    // same model whatever trains beside it.
    this.masks = new SplittableRandom(seed);
    this.learningRate = new LearningRate(knobs);
    this.optimizer = newOptimizer();
    this.names = network.parameters().trainableNames();
    this.weights = names.stream().map(network.parameters()::get).toArray(NDArray[]::new);
    this.fused = newFusedAdam();
  }

  /**
   * Weighs each row's loss by its class (cross-entropy only), in training and in validation: {@code
   * weights[k]} for class {@code k}; null for none.
   */
  public TrainingLoop classWeights(float[] weights) {
    this.classWeightValues = weights == null ? null : weights.clone();
    return this;
  }

  @Override
  public void capThreads(int threads) {
    if (threads < 0) {
      throw new IllegalArgumentException("a thread cap is 0 (none) or more, not " + threads);
    }
    maxThreads = threads;
    if (scope != null) {
      applyThreads();
    }
  }

  /** Adds a listener; listeners are called in the order they were added. */
  public TrainingLoop listen(LoopListener listener) {
    listeners.add(listener);
    return this;
  }

  /**
   * Trains for up to {@code epochs} epochs over {@code train}.
   *
   * @param valid validation tensors, or null when no listener validates
   */
  public LoopResult fit(TensorData train, TensorData valid, int epochs) {
    this.valid = valid;
    this.epochs = epochs;
    this.trainRows = train.size();
    long begin = System.nanoTime();
    long rows = 0;
    epoch = 0;
    int threadsBefore = NeuralEngine.intraOpThreads();
    applyThreads();
    // The assembler closes first: it waits for a batch still being copied into the loop's memory.
    try (NDManager loopScope = train.features().getManager().newSubManager();
        BatchAssembler assembler = new BatchAssembler(train, loopScope)) {
      scope = loopScope;
      batches = assembler;
      classWeights = classWeightValues == null ? null : loopScope.create(classWeightValues);
      plannedSteps = remainingSteps(trainRows);
      listeners.forEach(l -> l.onStart(this));
      for (epoch = 0; epoch < epochs && stopReason == null; epoch++) {
        rows += runEpoch();
        if (stopReason == null) {
          int finished = epoch;
          listeners.forEach(l -> l.onEpochEnd(finished, this));
        }
      }
      listeners.forEach(l -> l.onEnd(this));
    } finally {
      scope = null;
      batches = null;
      classWeights = null;
      NeuralEngine.intraOpThreads(threadsBefore);
    }
    double seconds = (System.nanoTime() - begin) / 1e9;
    return new LoopResult(step, epoch, rows, seconds, stopReason, lastValidation);
  }

  /**
   * Sets the engine's thread count for this thread's operators: by the network's size, within the
   * cap. (With OpenMP the count belongs to the calling thread, so concurrent loops keep their own.)
   */
  private void applyThreads() {
    if (NeuralEngine.device().equals(ai.djl.Device.cpu())) {
      int threads =
          ThreadChoice.threads(network, knobs.batchSize(), NeuralEngine.start().threads());
      NeuralEngine.intraOpThreads(maxThreads > 0 ? Math.min(maxThreads, threads) : threads);
    }
  }

  private long runEpoch() {
    long rows = 0;
    try (NDManager epochScope = scope.newSubManager()) {
      int[] order = permutation(trainRows);
      int n = order.length;
      for (int from = 0; from < n && stopReason == null; ) {
        int to = Math.min(n, from + knobs.batchSize());
        plannedSteps = step + remainingSteps(n - from);
        runStep(order, from, to, epochScope);
        rows += to - from;
        from = to;
      }
    }
    return rows;
  }

  private long remainingSteps(int rowsLeftInEpoch) {
    int batch = knobs.batchSize();
    long thisEpoch = (rowsLeftInEpoch + batch - 1) / batch;
    long later = (long) (epochs - epoch - 1) * ((trainRows + batch - 1) / batch);
    return thisEpoch + later;
  }

  private void runStep(int[] order, int from, int to, NDManager epochScope) {
    try (NDManager stepScope = epochScope.newSubManager()) {
      int micro = knobs.microBatchSize();
      double lossSum = 0;
      for (int start = from; start < to; start += micro) {
        int end = Math.min(to, start + micro);
        lossSum +=
            forwardBackward(batches.assemble(stepScope, order, start, end), to - from)
                * (end - start);
      }
      double norm = update(stepScope);
      step++;
      StepRecord record =
          new StepRecord(
              step, epoch, lossSum / (to - from), learningRate.current(), to - from, norm);
      for (LoopListener listener : listeners) {
        listener.onStep(record, this);
      }
    }
  }

  /** One pass; the loss is scaled by the batch's share of the step so gradients add up. */
  private double forwardBackward(TensorData batch, int stepRows) {
    NDArray x = knobs.augmentation().apply(batch.features(), random);
    try (GradientScope collector = new GradientScope()) {
      NDArray outputs = network.forward(x, true, dropout());
      NDArray loss = objective.loss(outputs, batch.targets(), classWeights);
      int rows = batch.size();
      collector.backward(rows == stepRows ? loss : loss.mul(rows / (double) stepRows));
      return loss.getFloat();
    }
  }

  private Dropout dropout() {
    float rate = knobs.dropout();
    return rate > 0 ? new Dropout(rate, masks) : Dropout.NONE;
  }

  private Optimizer newOptimizer() {
    return Adam.builder().optLearningRateTracker(learningRate).build();
  }

  /**
   * The JVM's Adam where the weights allow it (CPU, float32), else null for DJL's. It is split
   * across as many threads as the engine is given, whatever count the loop's operators run on: the
   * engine's threads sleep while it runs.
   */
  private FusedAdam newFusedAdam() {
    return FusedAdam.supports(weights)
        ? new FusedAdam(weights, NeuralEngine.start().threads())
        : null;
  }

  /** Clips, applies Adam (which also zeroes the gradients) and decays weights; the norm or NaN. */
  private double update(NDManager stepScope) {
    if (fused != null) {
      learningRate.at(step, plannedSteps);
      return fused.update(
          weights, stepScope, learningRate.current(), knobs.clipNorm(), knobs.weightDecay());
    }
    NDArray[] gradients = new NDArray[weights.length];
    for (int i = 0; i < weights.length; i++) {
      gradients[i] = weights[i].getGradient();
      gradients[i].attach(stepScope);
    }
    // The norm is measured on every step: the supervisor reads its growth to clip in time.
    double norm =
        knobs.clipNorm() > 0
            ? Clipping.clip(gradients, knobs.clipNorm())
            : Clipping.norm(gradients);
    learningRate.at(step, plannedSteps);
    for (int i = 0; i < weights.length; i++) {
      optimizer.update(names.get(i), weights[i], gradients[i]);
    }
    if (knobs.weightDecay() > 0) {
      decay(stepScope, learningRate.current() * knobs.weightDecay());
    }
    return norm;
  }

  /** Decoupled weight decay (AdamW): every weight shrinks by {@code lr * decay} of itself. */
  private void decay(NDManager stepScope, double fraction) {
    for (NDArray weight : weights) {
      NDArray shrink = weight.mul(fraction);
      shrink.attach(stepScope);
      weight.subi(shrink);
    }
  }

  /** A fresh random order of the training rows (Fisher-Yates with the loop's seeded random). */
  private int[] permutation(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    return order;
  }

  @Override
  public ValidationRecord validate() {
    if (valid == null) {
      throw new IllegalStateException("a validation listener needs validation data");
    }
    ValidationRecord record =
        Evaluation.of(network, objective, classWeights, valid, scope, step, epoch);
    lastValidation = record;
    for (LoopListener listener : listeners) {
      listener.onValidation(record, this);
    }
    return record;
  }

  @Override
  public void resetOptimizer() {
    optimizer = newOptimizer();
    fused = newFusedAdam();
  }

  @Override
  public int stepsPerEpoch() {
    int batch = knobs.batchSize();
    return Math.max(1, (trainRows + batch - 1) / batch);
  }

  @Override
  public Knobs knobs() {
    return knobs;
  }

  @Override
  public Network network() {
    return network;
  }

  @Override
  public long step() {
    return step;
  }

  @Override
  public int epoch() {
    return epoch;
  }

  @Override
  public long plannedSteps() {
    return plannedSteps;
  }

  @Override
  public void stop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }
}
