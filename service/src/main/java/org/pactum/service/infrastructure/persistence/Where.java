package org.pactum.service.infrastructure.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from optional filters, with its parameters in order, and optionally a driving
 * subquery: the ids of the most selective filter (a party, a country), read from that filter's index.
 * H2 plans the two query shapes differently, so each gets the shape it runs fast:
 * counts join the driving ids first ({@code FROM (ids) d JOIN table t}), pages keep the table first
 * and test {@code t.id IN (ids)} (the subquery runs once, then rows come by primary key).
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String driver;
    private Object driverParameter;

    Where and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Drives the query from {@code idsQuery} (one parameter, selecting distinct ids AS id). */
    Where drivenBy(String idsQuery, Object value) {
        driver = idsQuery;
        driverParameter = value;
        return this;
    }

    String countSql(String table) {
        return driver == null ? "SELECT COUNT(*) FROM " + table + " t" + clause(false)
                : "SELECT COUNT(*) FROM (" + driver + ") d JOIN " + table + " t ON t.id = d.id" + clause(false);
    }

    String selectSql(String table, String columns) {
        return "SELECT " + columns + " FROM " + table + " t" + clause(true);
    }

    private String clause(boolean withDriver) {
        List<String> all = new ArrayList<>(conditions);
        if (withDriver && driver != null) {
            all.add("t.id IN (" + driver + ")");
        }
        return all.isEmpty() ? "" : " WHERE " + String.join(" AND ", all);
    }

    /** Binds the parameters of {@link #countSql}; returns the next free index. */
    int bindCount(PreparedStatement statement) throws SQLException {
        int index = 1;
        if (driver != null) {
            statement.setObject(index++, driverParameter);
        }
        return bind(statement, index);
    }

    /** Binds the parameters of {@link #selectSql}; returns the next free index. */
    int bindSelect(PreparedStatement statement) throws SQLException {
        int index = bind(statement, 1);
        if (driver != null) {
            statement.setObject(index++, driverParameter);
        }
        return index;
    }

    private int bind(PreparedStatement statement, int first) throws SQLException {
        int index = first;
        for (Object value : parameters) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
