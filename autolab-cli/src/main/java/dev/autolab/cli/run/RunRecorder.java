package dev.autolab.cli.run;

import dev.autolab.core.BadInputException;
import dev.autolab.core.Event;
import dev.autolab.core.EventSink;
import dev.autolab.core.Json;
import dev.autolab.core.MetricSink;
import dev.autolab.core.RunId;
import dev.autolab.core.tracking.RunSummary;
import dev.autolab.core.tracking.TrackingStore;
import dev.autolab.tracking.SqliteTrackingStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.IntSupplier;

/**
 * One run of a command: its directory, its journal and its record in the tracking store. Every
 * command that does work opens one, writes through it, and closes it with a status; {@code
 * run.json} is rewritten at each milestone so that an interrupted run still says how far it got.
 */
public final class RunRecorder implements AutoCloseable {
  private final RunId id;
  private final Path dir;
  private final Clock clock;
  private final TrackingStore store;
  private final BufferedWriter journal;
  private final RunRecord record;
  private final RunLock lock;
  private final Thread interruptHook = new Thread(this::markInterrupted, "autolab-interrupt");
  private boolean finished;

  private RunRecorder(
      RunId id,
      Path dir,
      Clock clock,
      TrackingStore store,
      BufferedWriter journal,
      RunRecord r,
      RunLock lock) {
    this.id = id;
    this.dir = dir;
    this.clock = clock;
    this.store = store;
    this.journal = journal;
    this.record = r;
    this.lock = lock;
  }

  /**
   * Starts a run of {@code command}.
   *
   * @param out the run directory, or {@code null} for {@code runsDir/<run-id>}
   */
  public static RunRecorder start(
      String command, String[] args, Path out, Path runsDir, Path trackingFile, Clock clock) {
    RunId id = RunId.generate(clock, new SecureRandom());
    Path dir = (out != null ? out : runsDir.resolve(id.value())).toAbsolutePath().normalize();
    if (Files.exists(dir.resolve("run.json"))) {
      throw new BadInputException(
          "--out " + dir + " already holds a run: choose an empty or new folder");
    }
    RunRecord record = new RunRecord(id.value(), command, args, clock.instant());
    return open(dir, record, trackingFile, clock, TrackingStore::startRun);
  }

  /**
   * Opens an interrupted run again in its own folder: the same id, the journal appended to, {@code
   * run.json} and the tracking store saying {@code running} until it ends again.
   */
  public static RunRecorder resume(ResumedRun run, Path trackingFile, Clock clock) {
    RunRecord record = RunRecord.resumed(run, clock.instant());
    return open(run.dir(), record, trackingFile, clock, TrackingStore::resumeRun);
  }

  private static RunRecorder open(
      Path dir,
      RunRecord record,
      Path trackingFile,
      Clock clock,
      BiConsumer<TrackingStore, RunSummary> register) {
    RunLock lock = null;
    try {
      Files.createDirectories(dir);
      // Before anything is written: another live process may be writing this run.
      lock = RunLock.take(dir);
      BufferedWriter journal =
          Files.newBufferedWriter(
              dir.resolve("journal.jsonl"),
              StandardCharsets.UTF_8,
              StandardOpenOption.CREATE,
              StandardOpenOption.APPEND);
      TrackingStore store = SqliteTrackingStore.open(trackingFile);
      Instant started = Instant.parse(record.started);
      register.accept(
          store,
          new RunSummary(record.id, record.command, "running", started, null, dir.toString()));
      record.provenance = ProvenanceCollector.collect(Path.of("."));
      RunRecorder run =
          new RunRecorder(new RunId(record.id), dir, clock, store, journal, record, lock);
      run.writeRunJson();
      Runtime.getRuntime().addShutdownHook(run.interruptHook);
      return run;
    } catch (IOException e) {
      release(lock);
      throw new BadInputException("cannot create run directory " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      release(lock);
      throw e;
    }
  }

  private static void release(RunLock lock) {
    if (lock != null) {
      lock.close();
    }
  }

  public RunId id() {
    return id;
  }

  public Path dir() {
    return dir;
  }

  public Clock clock() {
    return clock;
  }

  /** The run's record, to fill in as the run goes; {@link #save()} writes it. */
  public RunRecord record() {
    return record;
  }

  /** Writes events to {@code journal.jsonl} and to the tracking store. */
  public EventSink journal() {
    return this::recordEvent;
  }

  /** Writes metric points to the tracking store. */
  public MetricSink metrics() {
    return (key, step, value) -> store.logMetric(id.value(), key, step, value);
  }

  public void param(String key, Object value) {
    store.logParam(id.value(), key, String.valueOf(value));
  }

  /** Records how long a phase took, in {@code run.json} and as a metric. */
  public void timing(String phase, Duration duration) {
    double seconds = duration.toMillis() / 1000.0;
    record.timings().put(phase + "_s", seconds);
    store.logMetric(id.value(), "time." + phase + "_s", 0, seconds);
  }

  private synchronized void recordEvent(Event event) {
    try {
      journal.write(Json.line(event));
      journal.newLine();
      journal.flush();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + dir.resolve("journal.jsonl"), e);
    }
    store.logEvent(id.value(), event);
  }

  /**
   * Does the command's work in this run: the run is finished when the work returns and failed, with
   * a journal note saying why, when it throws.
   *
   * @param stage the journal stage a failure is noted under
   * @return the work's exit code
   */
  public int execute(String stage, IntSupplier work) {
    try {
      int code = work.getAsInt();
      finish("finished");
      return code;
    } catch (RuntimeException e) {
      recordEvent(Event.note(clock, stage, record.command + " failed: " + e.getMessage()));
      finish("failed");
      throw e;
    }
  }

  /** Rewrites {@code run.json} with the record as it stands. */
  public void save() {
    writeRunJson();
  }

  private void writeRunJson() {
    // Atomically: a run killed mid-write must still be resumable from its run.json.
    Json.writeAtomically(dir.resolve("run.json"), record);
  }

  /**
   * Ends the run: records its status and end time, registers every file of the run directory as an
   * artifact, and writes {@code run.json} a last time.
   */
  public synchronized void finish(String status) {
    if (finished) {
      return;
    }
    finished = true;
    Instant ended = clock.instant();
    record.provenance = ProvenanceCollector.withEngines(record.provenance);
    record.finish(status, ended);
    writeRunJson();
    Artifacts.register(dir, artifact -> store.logArtifact(id.value(), artifact));
    store.finishRun(id.value(), status, ended);
  }

  /** On Ctrl-C or a kill, the run is recorded as interrupted rather than left "running". */
  private void markInterrupted() {
    try {
      recordEvent(Event.note(clock, "race", "run interrupted before it finished"));
      finish("interrupted");
    } catch (RuntimeException e) {
      // The JVM is going down; a half-written record is all that can be done.
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(interruptHook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or has run.
    }
    try {
      journal.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        store.close();
      } finally {
        lock.close();
      }
    }
  }

  /** Converts any record to a map for the free-form parts of {@code run.json}. */
  public static Map<String, Object> asMap(Object value) {
    @SuppressWarnings("unchecked")
    Map<String, Object> map = Json.mapper().convertValue(value, LinkedHashMap.class);
    return map;
  }
}
