package dev.autolab.core.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * A run's headline: what it was, when, and how it ended.
 *
 * @param id the run id
 * @param command the command that started it, e.g. {@code train}
 * @param status {@code running}, {@code finished} or {@code failed}
 * @param started start time
 * @param ended end time, {@code null} while running
 * @param dir the run directory
 */
public record RunSummary(
    String id, String command, String status, Instant started, Instant ended, String dir) {
  public RunSummary {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(started, "started");
  }
}
