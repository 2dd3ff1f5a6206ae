package dev.autolab.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import dev.autolab.core.BadInputException;
import dev.autolab.core.Json;
import dev.autolab.core.RunId;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A training run to resume ({@code autolab train --resume RUN}): its folder and what its {@code
 * run.json} recorded. Only a {@code train} run that did not finish resumes; anything else is bad
 * input with what to do instead.
 *
 * @param dir the run folder
 * @param record its {@code run.json}
 */
public record ResumedRun(Path dir, JsonNode record) {
  /**
   * The run {@code run} names: a run folder, or a run id (or its prefix) in the tracking store.
   *
   * @throws BadInputException when it is not a run folder, not a training run, or already finished
   */
  public static ResumedRun find(String run, Path trackingFile) {
    Path dir = folder(run, trackingFile).toAbsolutePath().normalize();
    Path file = dir.resolve("run.json");
    if (!Files.isRegularFile(file)) {
      throw new BadInputException(
          dir
              + " is not a run folder (it has no run.json): give the folder of the run to"
              + " resume, or its id from 'autolab runs list'");
    }
    JsonNode record;
    try {
      record = Json.mapper().readTree(file.toFile());
    } catch (IOException e) {
      throw new BadInputException(
          file + " cannot be read (" + e.getMessage() + "): start a new run");
    }
    ResumedRun resumed = new ResumedRun(dir, record);
    resumed.check();
    return resumed;
  }

  private static Path folder(String run, Path trackingFile) {
    Path path = Path.of(run);
    if (Files.isDirectory(path) || !Files.isRegularFile(trackingFile)) {
      return path;
    }
    try (SqliteTrackingStore store = SqliteTrackingStore.open(trackingFile)) {
      return store.findRun(run).map(RunDetails::summary).map(s -> Path.of(s.dir())).orElse(path);
    } catch (IllegalArgumentException e) {
      throw new BadInputException(e.getMessage());
    }
  }

  private void check() {
    if (!"train".equals(command())) {
      throw new BadInputException(
          dir + " is a run of '" + command() + "', not of 'train': only a training run resumes");
    }
    if (!validId() || !record.path("args").isArray() || started() == null) {
      throw new BadInputException(
          dir.resolve("run.json") + " lacks the run's id, arguments or start: start a new run");
    }
    if ("finished".equals(status())) {
      throw new BadInputException(
          "run "
              + id()
              + " already finished: there is nothing to resume (train again with 'autolab train',"
              + " or 'autolab reproduce "
              + id()
              + "')");
    }
  }

  private boolean validId() {
    try {
      new RunId(id());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  public String id() {
    return record.path("id").asText();
  }

  public String command() {
    return record.path("command").asText();
  }

  /**
   * The status the run was left in: {@code running} (killed), {@code interrupted}, {@code failed}.
   */
  public String status() {
    return record.path("status").asText();
  }

  /** The arguments the run was started with, as typed then. */
  public List<String> args() {
    List<String> args = new ArrayList<>();
    record.path("args").forEach(a -> args.add(a.asText()));
    return args;
  }

  public Instant started() {
    try {
      return Instant.parse(record.path("started").asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The resolved configuration the run recorded (data paths made absolute when it started). */
  public Map<String, Object> config() {
    return map(record.path("config"));
  }

  /** The data identity the run recorded, or null when it was interrupted before it had one. */
  public Map<String, Object> data() {
    return record.path("data").isObject() ? map(record.path("data")) : null;
  }

  /** The fingerprint of the data the run prepared, or null when it did not get that far. */
  public String fingerprint() {
    JsonNode fingerprint = record.at("/data/fingerprint");
    return fingerprint.isTextual() ? fingerprint.asText() : null;
  }

  /** When the run was resumed before, earliest first. */
  public List<String> earlierResumes() {
    List<String> times = new ArrayList<>();
    record.path("resumed").forEach(t -> times.add(t.asText()));
    return times;
  }

  private static Map<String, Object> map(JsonNode node) {
    return RunRecorder.asMap(node.isObject() ? node : Json.mapper().createObjectNode());
  }
}
