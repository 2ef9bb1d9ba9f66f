package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A number that every write raises: the ETags of reads derive from it, so any change invalidates them. */
public final class StoreState {

    public long version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM store_state WHERE id = 1")) {
            r.next();
            return r.getLong(1);
        }
    }

    public void bump(Connection c) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("UPDATE store_state SET version = version + 1 WHERE id = 1")) {
            p.executeUpdate();
        }
    }

    /** Rows in the three record tables, for the stored-records gauge. */
    public long recordCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM agreements) + (SELECT COUNT(*) FROM corridors)"
                        + " + (SELECT COUNT(*) FROM memberships)")) {
            r.next();
            return r.getLong(1);
        }
    }

    public boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT COUNT(*) FROM documents")) {
            r.next();
            return r.getLong(1) == 0;
        }
    }
}
