package dev.autolab.neural.loop;

import dev.autolab.core.MetricSink;

/**
 * Writes the training curve to the run's metric store: the mean loss and learning rate every {@code
 * every} steps (averaged over those steps, so no step goes unseen), and every validation.
 */
public final class MetricLogger implements LoopListener {
  private final MetricSink sink;
  private final String prefix;
  private final int every;
  private double lossSum;
  private int count;

  /**
   * @param prefix series names start with it, e.g. {@code mlp.} gives {@code mlp.train.loss}
   */
  public MetricLogger(MetricSink sink, String prefix, int every) {
    if (every < 1) {
      throw new IllegalArgumentException("log interval must be at least 1, got " + every);
    }
    this.sink = sink;
    this.prefix = prefix;
    this.every = every;
  }

  @Override
  public void onStep(StepRecord step, LoopControl control) {
    lossSum += step.loss();
    count++;
    if (step.step() % every == 0) {
      sink.log(prefix + "train.loss", step.step(), lossSum / count);
      sink.log(prefix + "train.learning_rate", step.step(), step.learningRate());
      if (!Double.isNaN(step.gradientNorm())) {
        sink.log(prefix + "train.gradient_norm", step.step(), step.gradientNorm());
      }
      lossSum = 0;
      count = 0;
    }
  }

  @Override
  public void onValidation(ValidationRecord validation, LoopControl control) {
    sink.log(prefix + "valid.loss", validation.step(), validation.loss());
    if (!Double.isNaN(validation.accuracy())) {
      sink.log(prefix + "valid.accuracy", validation.step(), validation.accuracy());
    }
  }
}
