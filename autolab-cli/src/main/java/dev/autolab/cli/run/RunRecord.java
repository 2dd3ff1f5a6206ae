package dev.autolab.cli.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.autolab.core.Provenance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of {@code run.json}: status, command, resolved configuration, provenance, data
 * identity, result and timings. Mutable because it is filled in as the run goes and rewritten at
 * each milestone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({
  "schemaVersion",
  "id",
  "status",
  "command",
  "args",
  "started",
  "ended",
  "resumed",
  "config",
  "data",
  "result",
  "timings",
  "provenance"
})
public final class RunRecord {
  public final int schemaVersion = 1;
  public final String id;
  public final String command;
  public final List<String> args;
  public final String started;
  public String status = "running";
  public String ended;

  /** When the run was resumed after an interruption, earliest first; absent if it never was. */
  public List<String> resumed;

  public Map<String, Object> config;
  public Map<String, Object> data;
  public Map<String, Object> result;
  public Provenance provenance;
  private final Map<String, Object> timings = new LinkedHashMap<>();

  RunRecord(String id, String command, String[] args, Instant started) {
    this(id, command, List.of(args), started);
  }

  private RunRecord(String id, String command, List<String> args, Instant started) {
    this.id = id;
    this.command = command;
    this.args = List.copyOf(args);
    this.started = started.toString();
  }

  /**
   * The record of a run resumed at {@code now}: its id, command, arguments, start, configuration
   * and data as recorded, running again; result and timings are those of the resumed work.
   */
  static RunRecord resumed(ResumedRun run, Instant now) {
    RunRecord record = new RunRecord(run.id(), run.command(), run.args(), run.started());
    record.config = run.config();
    record.data = run.data();
    record.resumed = new ArrayList<>(run.earlierResumes());
    record.resumed.add(now.toString());
    return record;
  }

  public Map<String, Object> getTimings() {
    return timings;
  }

  Map<String, Object> timings() {
    return timings;
  }

  void finish(String finalStatus, Instant end) {
    this.status = finalStatus;
    this.ended = end.toString();
  }
}
