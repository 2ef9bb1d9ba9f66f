package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store version kept in memory, for a store that only this process writes (the embedded H2 file, which
 * H2 locks to one process): read from the database once at start, then taken from each write transaction as it
 * commits, so a read needs no connection to know it. It must be the commit hook of the one {@link Database}
 * that every write goes through.
 */
public final class InProcessStoreVersion implements StoreVersion, CommitHook {

    private final StoreState state = new StoreState();
    private final AtomicLong version;

    /** Starts at the version stored now, read before any write of this process. */
    public InProcessStoreVersion(long stored) {
        this.version = new AtomicLong(stored);
    }

    @Override
    public long current(Connection readTransaction) {
        return version.get();
    }

    @Override
    public long current() {
        return version.get();
    }

    /**
     * Reads the version this transaction leaves (its own bump included, if it made one) and publishes it only
     * once the commit succeeded: published earlier, a reader could file the old rows under the new version.
     * The maximum, because two writers may publish in the opposite order of their commits.
     */
    @Override
    public Runnable beforeCommit(Connection transaction) throws SQLException {
        long written = state.version(transaction);
        return () -> version.accumulateAndGet(written, Math::max);
    }
}
