package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work in a transaction (all or nothing) or as a read. */
public final class Database {

    private final DataSource dataSource;
    private final Dialect dialect;
    private final CommitHook commitHook;

    public Database(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, CommitHook.NONE);
    }

    /** A database that runs {@code commitHook} around the commit of every write transaction. */
    public Database(DataSource dataSource, Dialect dialect, CommitHook commitHook) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.commitHook = commitHook;
    }

    public Dialect dialect() {
        return dialect;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Commits when the work returns, rolls back when it throws anything. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                Runnable committed = commitHook.beforeCommit(c);
                c.commit();
                committed.run();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /**
     * Reads inside a read-only transaction: one consistent view, and PostgreSQL only honours a fetch size
     * (streaming instead of loading every row) with auto-commit off.
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException(e);
        }
    }

    /** True when a trivial query answers: the readiness check. */
    public boolean isUp() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
