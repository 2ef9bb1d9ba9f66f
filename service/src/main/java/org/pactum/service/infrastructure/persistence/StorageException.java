package org.pactum.service.infrastructure.persistence;

import java.sql.SQLException;

/** The database failed; the message names the SQL state, never the data. */
public class StorageException extends RuntimeException {
    public StorageException(SQLException cause) {
        super("database error (SQL state " + cause.getSQLState() + "): " + cause.getMessage(), cause);
    }
}
