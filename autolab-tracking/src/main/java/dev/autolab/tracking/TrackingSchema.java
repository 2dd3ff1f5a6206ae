package dev.autolab.tracking;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The tables of the tracking store, versioned with SQLite's {@code user_version} so that a newer
 * Autolab can migrate an older file and an older Autolab refuses a newer one.
 */
final class TrackingSchema {
  static final int VERSION = 1;

  private static final String[] V1 = {
    "CREATE TABLE IF NOT EXISTS runs(id TEXT PRIMARY KEY, command TEXT NOT NULL, status TEXT NOT NULL,"
        + " started TEXT NOT NULL, ended TEXT, dir TEXT)",
    "CREATE TABLE IF NOT EXISTS params(run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL,"
        + " value TEXT, PRIMARY KEY(run_id, key))",
    "CREATE TABLE IF NOT EXISTS metrics(run_id TEXT NOT NULL REFERENCES runs(id), key TEXT NOT NULL,"
        + " step INTEGER NOT NULL, value REAL)",
    "CREATE INDEX IF NOT EXISTS metrics_by_run ON metrics(run_id, key, step)",
    "CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        + " run_id TEXT NOT NULL REFERENCES runs(id), json TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS events_by_run ON events(run_id, seq)",
    "CREATE TABLE IF NOT EXISTS artifacts(run_id TEXT NOT NULL REFERENCES runs(id), path TEXT NOT NULL,"
        + " bytes INTEGER NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY(run_id, path))"
  };

  private TrackingSchema() {}

  static void migrate(Connection connection) throws SQLException {
    int version = userVersion(connection);
    if (version > VERSION) {
      throw new SQLException(
          "tracking store has schema version "
              + version
              + ", newer than this Autolab ("
              + VERSION
              + "): upgrade Autolab");
    }
    if (version == 0) {
      boolean autoCommit = connection.getAutoCommit();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        for (String ddl : V1) {
          statement.execute(ddl);
        }
        statement.execute("PRAGMA user_version = " + VERSION);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static int userVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
