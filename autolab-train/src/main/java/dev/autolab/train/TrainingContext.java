package dev.autolab.train;

import dev.autolab.core.EventSink;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.eval.Metric;
import dev.autolab.train.supervise.Supervision;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a trainer needs besides data: the run's seed, the metric it is judged on, where to
 * report progress, decisions and metric series, the clock, the user's {@code --set} overrides, the
 * supervisor's settings and the time budget.
 *
 * @param seed the run seed; each trainer derives its own with {@link dev.autolab.core.Seeds}
 * @param metric the validation metric that picks settings and candidates
 * @param progress receives progress reports
 * @param journal receives decisions with their evidence
 * @param metrics receives metric series
 * @param clock the time source for journal entries
 * @param overrides {@code --set key=value} pairs, fixed values the planner must not change
 * @param supervision whether and how the training supervisor watches the run ({@code --supervisor},
 *     {@code --memory-limit}, {@code --notify})
 * @param deadline when training must be over ({@code --time-budget}); interruptible trainers stop
 *     there keeping their best state
 * @param rungs where a trial that trains in epochs reports to the race's successive halving
 */
public record TrainingContext(
    long seed,
    Metric metric,
    ProgressListener progress,
    EventSink journal,
    MetricSink metrics,
    Clock clock,
    Map<String, String> overrides,
    Supervision supervision,
    Deadline deadline,
    RungGate rungs) {
  public TrainingContext {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(clock, "clock");
    overrides = Map.copyOf(overrides);
    Objects.requireNonNull(supervision, "supervision");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(rungs, "rungs");
  }

  /** A context outside any race's rungs. */
  public TrainingContext(
      long seed,
      Metric metric,
      ProgressListener progress,
      EventSink journal,
      MetricSink metrics,
      Clock clock,
      Map<String, String> overrides,
      Supervision supervision,
      Deadline deadline) {
    this(
        seed,
        metric,
        progress,
        journal,
        metrics,
        clock,
        overrides,
        supervision,
        deadline,
        RungGate.NONE);
  }

  /** A context supervised with the defaults (the supervisor on, journal only), without a budget. */
  public TrainingContext(
      long seed,
      Metric metric,
      ProgressListener progress,
      EventSink journal,
      MetricSink metrics,
      Clock clock,
      Map<String, String> overrides) {
    this(
        seed,
        metric,
        progress,
        journal,
        metrics,
        clock,
        overrides,
        Supervision.defaults(),
        Deadline.NONE);
  }

  /** This context with its journal replaced (a trial's events tagged with its name, say). */
  public TrainingContext withJournal(EventSink sink) {
    return new TrainingContext(
        seed, metric, progress, sink, metrics, clock, overrides, supervision, deadline, rungs);
  }

  /** This context with another supervisor setting. */
  public TrainingContext withSupervision(Supervision newSupervision) {
    return new TrainingContext(
        seed,
        metric,
        progress,
        journal,
        metrics,
        clock,
        overrides,
        newSupervision,
        deadline,
        rungs);
  }

  /** This context with another deadline. */
  public TrainingContext withDeadline(Deadline newDeadline) {
    return new TrainingContext(
        seed,
        metric,
        progress,
        journal,
        metrics,
        clock,
        overrides,
        supervision,
        newDeadline,
        rungs);
  }

  /** This context logging its metric series to {@code sink}. */
  public TrainingContext withMetrics(MetricSink sink) {
    return new TrainingContext(
        seed, metric, progress, journal, sink, clock, overrides, supervision, deadline, rungs);
  }

  /** This context reporting its progress to {@code listener}. */
  public TrainingContext withProgress(ProgressListener listener) {
    return new TrainingContext(
        seed, metric, listener, journal, metrics, clock, overrides, supervision, deadline, rungs);
  }

  /** This context with another rung gate (one trial of a race's successive halving). */
  public TrainingContext withRungs(RungGate gate) {
    return new TrainingContext(
        seed, metric, progress, journal, metrics, clock, overrides, supervision, deadline, gate);
  }

  /** A context that reports nowhere, for tests and tools. */
  public static TrainingContext quiet(long seed, Metric metric) {
    return new TrainingContext(
        seed,
        metric,
        ProgressListener.NONE,
        EventSink.NONE,
        MetricSink.NONE,
        Clock.systemUTC(),
        Map.of());
  }
}
