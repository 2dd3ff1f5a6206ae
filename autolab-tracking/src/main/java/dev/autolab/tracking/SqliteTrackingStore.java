package dev.autolab.tracking;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.autolab.core.Event;
import dev.autolab.core.Json;
import dev.autolab.core.tracking.Artifact;
import dev.autolab.core.tracking.MetricPoint;
import dev.autolab.core.tracking.RunDetails;
import dev.autolab.core.tracking.RunSummary;
import dev.autolab.core.tracking.TrackingStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tracking store in one embedded SQLite file. WAL mode lets a dashboard read while a run writes,
 * and a busy timeout lets parallel runs share the file. Methods are synchronized because one JDBC
 * connection is shared by the run's threads.
 */
public final class SqliteTrackingStore implements TrackingStore {
  private final Connection connection;

  private SqliteTrackingStore(Connection connection) {
    this.connection = connection;
  }

  /** Opens (creating if needed) the store in {@code file}. */
  public static SqliteTrackingStore open(Path file) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement statement = connection.createStatement()) {
        statement.execute("PRAGMA busy_timeout = 10000");
        statement.execute("PRAGMA journal_mode = WAL");
        statement.execute("PRAGMA foreign_keys = ON");
      }
      TrackingSchema.migrate(connection);
      return new SqliteTrackingStore(connection);
    } catch (SQLException e) {
      throw new TrackingException("cannot open tracking store " + file, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
  }

  /** The SQLite journal mode in effect (for checks: {@code wal}). */
  public synchronized String journalMode() {
    return queryString("PRAGMA journal_mode");
  }

  @Override
  public synchronized void startRun(RunSummary run) {
    update(
        "INSERT INTO runs(id, command, status, started, ended, dir) VALUES (?,?,?,?,?,?)",
        run.id(),
        run.command(),
        run.status(),
        run.started().toString(),
        run.ended() == null ? null : run.ended().toString(),
        run.dir());
  }

  @Override
  public synchronized void resumeRun(RunSummary run) {
    update(
        "INSERT INTO runs(id, command, status, started, ended, dir) VALUES (?,?,?,?,NULL,?)"
            + " ON CONFLICT(id) DO UPDATE SET status = excluded.status, ended = NULL,"
            + " dir = excluded.dir",
        run.id(),
        run.command(),
        run.status(),
        run.started().toString(),
        run.dir());
  }

  @Override
  public synchronized void logParam(String runId, String key, String value) {
    update("INSERT OR REPLACE INTO params(run_id, key, value) VALUES (?,?,?)", runId, key, value);
  }

  @Override
  public synchronized void logMetric(String runId, String key, long step, double value) {
    // Two statements rather than a unique key: stores written before this rule may hold repeated
    // steps, on which a unique index could not be created.
    update("DELETE FROM metrics WHERE run_id = ? AND key = ? AND step = ?", runId, key, step);
    update(
        "INSERT INTO metrics(run_id, key, step, value) VALUES (?,?,?,?)", runId, key, step, value);
  }

  @Override
  public synchronized void logEvent(String runId, Event event) {
    update("INSERT INTO events(run_id, json) VALUES (?,?)", runId, Json.line(event));
  }

  @Override
  public synchronized void logArtifact(String runId, Artifact artifact) {
    update(
        "INSERT OR REPLACE INTO artifacts(run_id, path, bytes, sha256) VALUES (?,?,?,?)",
        runId,
        artifact.path(),
        artifact.bytes(),
        artifact.sha256());
  }

  @Override
  public synchronized void finishRun(String runId, String status, Instant ended) {
    update("UPDATE runs SET status = ?, ended = ? WHERE id = ?", status, ended.toString(), runId);
  }

  @Override
  public synchronized List<RunSummary> listRuns() {
    return summaries("SELECT * FROM runs ORDER BY started DESC, id DESC", new Object[0]);
  }

  @Override
  public synchronized Optional<RunDetails> findRun(String idOrPrefix) {
    List<RunSummary> matches =
        summaries(
            "SELECT * FROM runs WHERE id = ? OR id LIKE ? ESCAPE '\\' ORDER BY id",
            new Object[] {idOrPrefix, escapeLike(idOrPrefix) + "%"});
    Optional<RunSummary> exact = matches.stream().filter(r -> r.id().equals(idOrPrefix)).findAny();
    if (exact.isEmpty() && matches.size() > 1) {
      throw new IllegalArgumentException(
          "run id '" + idOrPrefix + "' matches " + matches.size() + " runs: give more of it");
    }
    return exact.or(() -> matches.stream().findFirst()).map(this::details);
  }

  private RunDetails details(RunSummary run) {
    Map<String, String> params = new LinkedHashMap<>();
    Map<String, List<MetricPoint>> metrics = new LinkedHashMap<>();
    List<Event> events = new ArrayList<>();
    List<Artifact> artifacts = new ArrayList<>();
    query(
        "SELECT key, value FROM params WHERE run_id = ? ORDER BY key",
        rs -> params.put(rs.getString(1), rs.getString(2)),
        run.id());
    query(
        "SELECT key, step, value FROM metrics WHERE run_id = ? ORDER BY key, step, rowid",
        rs ->
            metrics
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(new MetricPoint(rs.getLong(2), rs.getDouble(3))),
        run.id());
    query(
        "SELECT json FROM events WHERE run_id = ? ORDER BY seq",
        rs -> events.add(parseEvent(rs.getString(1))),
        run.id());
    query(
        "SELECT path, bytes, sha256 FROM artifacts WHERE run_id = ? ORDER BY path",
        rs -> artifacts.add(new Artifact(rs.getString(1), rs.getLong(2), rs.getString(3))),
        run.id());
    return new RunDetails(run, params, metrics, events, artifacts);
  }

  private static Event parseEvent(String json) {
    try {
      return Json.mapper().readValue(json, Event.class);
    } catch (JsonProcessingException e) {
      throw new TrackingException("unreadable event in tracking store: " + json, e);
    }
  }

  private List<RunSummary> summaries(String sql, Object[] args) {
    List<RunSummary> runs = new ArrayList<>();
    query(sql, rs -> runs.add(summary(rs)), args);
    return runs;
  }

  private static RunSummary summary(ResultSet rs) throws SQLException {
    String ended = rs.getString("ended");
    return new RunSummary(
        rs.getString("id"),
        rs.getString("command"),
        rs.getString("status"),
        Instant.parse(rs.getString("started")),
        ended == null ? null : Instant.parse(ended),
        rs.getString("dir"));
  }

  private static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement statement = prepare(sql, args)) {
      statement.executeUpdate();
    } catch (SQLException e) {
      throw new TrackingException("tracking store update failed: " + sql, e);
    }
  }

  private void query(String sql, RowHandler handler, Object... args) {
    try (PreparedStatement statement = prepare(sql, args);
        ResultSet rs = statement.executeQuery()) {
      while (rs.next()) {
        handler.handle(rs);
      }
    } catch (SQLException e) {
      throw new TrackingException("tracking store query failed: " + sql, e);
    }
  }

  private String queryString(String sql) {
    List<String> values = new ArrayList<>();
    query(sql, rs -> values.add(rs.getString(1)));
    return values.isEmpty() ? null : values.get(0);
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      statement.setObject(i + 1, args[i]);
    }
    return statement;
  }

  @Override
  public synchronized void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new TrackingException("cannot close tracking store", e);
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }
}
