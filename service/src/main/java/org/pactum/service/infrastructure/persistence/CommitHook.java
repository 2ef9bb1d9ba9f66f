package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;

/** Work around the commit of every write transaction: prepared inside it, run once it has committed. */
@FunctionalInterface
public interface CommitHook {

    CommitHook NONE = transaction -> () -> { };

    /** Called after the transaction's work, before its commit; returns what to run after a successful commit. */
    Runnable beforeCommit(Connection transaction) throws SQLException;
}
