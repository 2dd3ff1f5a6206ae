package dev.autolab.core.tracking;

import dev.autolab.core.Event;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where runs are recorded: their parameters, metric series, events and artifacts, so that they can
 * be listed, inspected and compared later. Implementations are safe for use from several threads of
 * one process and by several processes sharing one store.
 */
public interface TrackingStore extends AutoCloseable {
  /** Records a new run as {@code running}. */
  void startRun(RunSummary run);

  /**
   * Records a run as {@code running} again (an interrupted run resumed), keeping what it logged so
   * far; a run this store has not seen is recorded as new.
   */
  void resumeRun(RunSummary run);

  void logParam(String runId, String key, String value);

  /**
   * Records the value of the series {@code key} at {@code step}. A series has one value per step:
   * logging a step again replaces it, so a run resumed after a kill, whose unfinished trials train
   * again from their first step, leaves one curve per trial rather than two interleaved.
   */
  void logMetric(String runId, String key, long step, double value);

  void logEvent(String runId, Event event);

  void logArtifact(String runId, Artifact artifact);

  /** Marks a run finished with the given status ({@code finished}, {@code failed}, ...). */
  void finishRun(String runId, String status, Instant ended);

  /** Every run, newest first. */
  List<RunSummary> listRuns();

  /**
   * The run with this id, or the only run whose id starts with it.
   *
   * @throws IllegalArgumentException when the prefix matches several runs
   */
  Optional<RunDetails> findRun(String idOrPrefix);

  @Override
  void close();
}
