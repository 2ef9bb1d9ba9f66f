package org.pactum.service.infrastructure.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Creates and upgrades the schema at start. Migrations are the classpath resources
 * {@code V1.sql}, {@code V2.sql}, ... of the dialect's folder; {@code schema_version} records each applied
 * one, and every migration runs in its own transaction.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;
    private final Dialect dialect;

    public SchemaMigrator(DataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.dialect = dialect;
    }

    /** Applies the missing migrations; returns the schema version now in place. */
    public int migrate() {
        try (Connection c = dataSource.getConnection()) {
            createVersionTable(c);
            int current = currentVersion(c);
            int next = current + 1;
            String script;
            while ((script = load(next)) != null) {
                apply(c, next, script);
                current = next++;
            }
            return current;
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration failed: " + e.getMessage(), e);
        }
    }

    private void createVersionTable(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version ("
                    + "version INT PRIMARY KEY, applied_at TIMESTAMP NOT NULL)");
        }
    }

    private static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    private void apply(Connection c, int version, String script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, applied_at) VALUES (?, CURRENT_TIMESTAMP)")) {
                p.setInt(1, version);
                p.executeUpdate();
            }
            c.commit();
            LOG.info(() -> "schema migrated to version " + version + " (" + dialect + ")");
        } catch (SQLException e) {
            c.rollback();
            throw new SQLException("migration V" + version + " (" + dialect + ") failed: " + e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    private String load(int version) {
        String name = dialect.migrationFolder() + "V" + version + ".sql";
        try (InputStream in = SchemaMigrator.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + name, e);
        }
    }

    /** Splits a script on semicolons that end a line; drops comment lines. */
    static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                result.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            result.add(current.toString().strip());
        }
        return result;
    }
}
