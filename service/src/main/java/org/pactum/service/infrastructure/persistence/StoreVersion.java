package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store version that reads are filed under (ETags, cached answers). Every committed write raises it, and a
 * version is only ever handed out once every write up to it has committed: what a read finds after taking the
 * version is never older than that version.
 */
public interface StoreVersion {

    /** The version now, from inside a read transaction (which it may use to ask the database). */
    long current(Connection readTransaction) throws SQLException;

    /** The version now, outside any transaction. */
    long current();
}
