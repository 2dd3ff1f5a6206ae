package dev.autolab.cli.run;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.autolab.core.Provenance;
import java.time.Instant;
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
  public Map<String, Object> config;
  public Map<String, Object> data;
  public Map<String, Object> result;
  public Provenance provenance;
  private final Map<String, Object> timings = new LinkedHashMap<>();

  RunRecord(String id, String command, String[] args, Instant started) {
    this.id = id;
    this.command = command;
    this.args = List.of(args);
    this.started = started.toString();
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
