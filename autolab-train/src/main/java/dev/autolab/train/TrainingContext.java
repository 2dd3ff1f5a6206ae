package dev.autolab.train;

import dev.autolab.core.EventSink;
import dev.autolab.core.MetricSink;
import dev.autolab.core.ProgressListener;
import dev.autolab.eval.Metric;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a trainer needs besides data: the run's seed, the metric it is judged on, where to
 * report progress, decisions and metric series, the clock, and the user's {@code --set} overrides.
 *
 * @param seed the run seed; each trainer derives its own with {@link dev.autolab.core.Seeds}
 * @param metric the validation metric that picks settings and candidates
 * @param progress receives progress reports
 * @param journal receives decisions with their evidence
 * @param metrics receives metric series
 * @param clock the time source for journal entries
 * @param overrides {@code --set key=value} pairs, fixed values the planner must not change
 * @param deadline when training must be over ({@code --time-budget}); interruptible trainers stop
 *     there keeping their best state
 */
public record TrainingContext(
    long seed,
    Metric metric,
    ProgressListener progress,
    EventSink journal,
    MetricSink metrics,
    Clock clock,
    Map<String, String> overrides,
    Deadline deadline) {
  public TrainingContext {
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(journal, "journal");
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(clock, "clock");
    overrides = Map.copyOf(overrides);
  }

  /** A context without a time budget. */
  public TrainingContext(
      long seed,
      Metric metric,
      ProgressListener progress,
      EventSink journal,
      MetricSink metrics,
      Clock clock,
      Map<String, String> overrides) {
    this(seed, metric, progress, journal, metrics, clock, overrides, Deadline.NONE);
  }

  /** This context with another deadline. */
  public TrainingContext withDeadline(Deadline newDeadline) {
    return new TrainingContext(
        seed, metric, progress, journal, metrics, clock, overrides, newDeadline);
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
