package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store version read from the database at every request: right when other processes may write the same
 * database (several service instances on one PostgreSQL).
 */
public final class DatabaseStoreVersion implements StoreVersion {

    private final StoreState state = new StoreState();
    private final Database database;

    public DatabaseStoreVersion(Database database) {
        this.database = database;
    }

    @Override
    public long current(Connection readTransaction) throws SQLException {
        return state.version(readTransaction);
    }

    @Override
    public long current() {
        return database.read(state::version);
    }
}
