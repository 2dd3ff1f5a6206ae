package dev.autolab.registry.store;

import dev.autolab.registry.ModelVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The registry's index in the tracking store's SQLite file: models with their policy, versions with
 * their lineage, approvals, aliases (stages) and every move of an alias, and where each version was
 * pushed. Versions are never updated except to record their approval.
 */
public final class RegistryIndex implements AutoCloseable {
  private static final String[] DDL = {
    "CREATE TABLE IF NOT EXISTS registry_models(name TEXT PRIMARY KEY, created TEXT NOT NULL,"
        + " require_approval INTEGER NOT NULL, notify_url TEXT)",
    "CREATE TABLE IF NOT EXISTS registry_versions(name TEXT NOT NULL REFERENCES registry_models(name),"
        + " version INTEGER NOT NULL, digest TEXT NOT NULL, run_id TEXT, run_dir TEXT,"
        + " data_fingerprint TEXT, parent_version INTEGER, family TEXT, metric TEXT,"
        + " metric_value REAL, bytes INTEGER, git_commit TEXT, git_dirty INTEGER, created TEXT NOT NULL,"
        + " approved_by TEXT, approved_at TEXT, PRIMARY KEY(name, version))",
    "CREATE TABLE IF NOT EXISTS registry_alias_moves(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " name TEXT NOT NULL, alias TEXT NOT NULL, version INTEGER NOT NULL, time TEXT NOT NULL,"
        + " reason TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS registry_remotes(name TEXT NOT NULL, version INTEGER NOT NULL,"
        + " url TEXT NOT NULL, pushed TEXT NOT NULL, PRIMARY KEY(name, version, url))"
  };

  private final Connection connection;

  private RegistryIndex(Connection connection) {
    this.connection = connection;
  }

  public static RegistryIndex open(Path file) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = 10000");
        s.execute("PRAGMA journal_mode = WAL");
        for (String ddl : DDL) {
          s.execute(ddl);
        }
      }
      return new RegistryIndex(c);
    } catch (SQLException | java.io.IOException e) {
      throw new IllegalStateException("cannot open the registry index in " + file + ": " + e, e);
    }
  }

  /** A model's policy. */
  public record Policy(boolean requireApproval, String notifyUrl) {}

  public Optional<Policy> policy(String name) {
    List<Policy> found = new ArrayList<>();
    query(
        "SELECT require_approval, notify_url FROM registry_models WHERE name = ?",
        rs -> found.add(new Policy(rs.getInt(1) != 0, rs.getString(2))),
        name);
    return found.stream().findFirst();
  }

  public void createModel(String name, String created, Policy policy) {
    update(
        "INSERT INTO registry_models(name, created, require_approval, notify_url) VALUES (?,?,?,?)",
        name,
        created,
        policy.requireApproval() ? 1 : 0,
        policy.notifyUrl());
  }

  public void setNotifyUrl(String name, String url) {
    update("UPDATE registry_models SET notify_url = ? WHERE name = ?", url, name);
  }

  public List<String> models() {
    List<String> names = new ArrayList<>();
    query("SELECT name FROM registry_models ORDER BY name", rs -> names.add(rs.getString(1)));
    return names;
  }

  public void addVersion(ModelVersion v) {
    update(
        "INSERT INTO registry_versions(name, version, digest, run_id, run_dir, data_fingerprint,"
            + " parent_version, family, metric, metric_value, bytes, git_commit, git_dirty, created)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        v.name(),
        v.version(),
        v.digest(),
        v.runId(),
        v.runDir(),
        v.dataFingerprint(),
        v.parentVersion(),
        v.family(),
        v.metric(),
        v.metricValue(),
        v.bytes(),
        v.gitCommit(),
        v.gitDirty() == null ? null : (v.gitDirty() ? 1 : 0),
        v.created());
  }

  public void approve(String name, int version, String approver, String time) {
    update(
        "UPDATE registry_versions SET approved_by = ?, approved_at = ? WHERE name = ? AND version = ?",
        approver,
        time,
        name,
        version);
  }

  public List<ModelVersion> versions(String name) {
    List<ModelVersion> versions = new ArrayList<>();
    query(
        "SELECT * FROM registry_versions WHERE name = ? ORDER BY version",
        rs -> versions.add(version(rs)),
        name);
    return versions;
  }

  public Optional<ModelVersion> version(String name, int version) {
    return versions(name).stream().filter(v -> v.version() == version).findFirst();
  }

  /** One move of an alias, in order. */
  public record AliasMove(long seq, String alias, int version, String time, String reason) {}

  public void moveAlias(String name, String alias, int version, String time, String reason) {
    update(
        "INSERT INTO registry_alias_moves(name, alias, version, time, reason) VALUES (?,?,?,?,?)",
        name,
        alias,
        version,
        time,
        reason);
  }

  public List<AliasMove> aliasMoves(String name) {
    List<AliasMove> moves = new ArrayList<>();
    query(
        "SELECT seq, alias, version, time, reason FROM registry_alias_moves WHERE name = ?"
            + " ORDER BY seq",
        rs ->
            moves.add(
                new AliasMove(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getString(5))),
        name);
    return moves;
  }

  public void addRemote(String name, int version, String url, String time) {
    update(
        "INSERT OR REPLACE INTO registry_remotes(name, version, url, pushed) VALUES (?,?,?,?)",
        name,
        version,
        url,
        time);
  }

  /** The remotes a version was pushed to. */
  public List<String> remotes(String name, int version) {
    List<String> urls = new ArrayList<>();
    query(
        "SELECT url FROM registry_remotes WHERE name = ? AND version = ? ORDER BY url",
        rs -> urls.add(rs.getString(1)),
        name,
        version);
    return urls;
  }

  private static ModelVersion version(ResultSet rs) throws SQLException {
    int parent = rs.getInt("parent_version");
    Integer parentVersion = rs.wasNull() ? null : parent;
    int dirty = rs.getInt("git_dirty");
    Boolean gitDirty = rs.wasNull() ? null : dirty != 0;
    return new ModelVersion(
        rs.getString("name"),
        rs.getInt("version"),
        rs.getString("digest"),
        rs.getString("run_id"),
        rs.getString("run_dir"),
        rs.getString("data_fingerprint"),
        parentVersion,
        rs.getString("family"),
        rs.getString("metric"),
        rs.getDouble("metric_value"),
        rs.getLong("bytes"),
        rs.getString("git_commit"),
        gitDirty,
        rs.getString("created"),
        rs.getString("approved_by"),
        rs.getString("approved_at"));
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement s = prepare(sql, args)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("registry index update failed: " + e.getMessage(), e);
    }
  }

  private void query(String sql, RowHandler handler, Object... args) {
    try (PreparedStatement s = prepare(sql, args);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        handler.handle(rs);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("registry index query failed: " + e.getMessage(), e);
    }
  }

  private PreparedStatement prepare(String sql, Object... args) throws SQLException {
    PreparedStatement s = connection.prepareStatement(sql);
    for (int i = 0; i < args.length; i++) {
      s.setObject(i + 1, args[i]);
    }
    return s;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the registry index", e);
    }
  }

  @FunctionalInterface
  private interface RowHandler {
    void handle(ResultSet rs) throws SQLException;
  }
}
