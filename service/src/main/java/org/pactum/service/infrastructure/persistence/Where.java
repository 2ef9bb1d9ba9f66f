package org.pactum.service.infrastructure.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A WHERE clause built from optional filters, with its parameters in order, and optionally a driving
 * query: the ids that the most selective filter (a party, a country) selects from its own index.
 * <ul>
 * <li>When the driving query is the only filter, counts and keys come from it alone (one index).</li>
 * <li>Otherwise counts join the driving ids first ({@code FROM (ids) d JOIN table t}), and keys keep the
 * table first and test {@code t.id IN (ids)}: the shapes H2 and PostgreSQL both plan well.</li>
 * </ul>
 */
final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();
    private String driver;
    private final List<Object> driverParameters = new ArrayList<>();

    Where and(String condition, Object... values) {
        conditions.add(condition);
        parameters.addAll(List.of(values));
        return this;
    }

    /** Drives the query from {@code idsQuery}, which selects distinct ids AS id. */
    Where drivenBy(String idsQuery, Object... values) {
        driver = idsQuery;
        driverParameters.addAll(List.of(values));
        return this;
    }

    private boolean driverOnly() {
        return driver != null && conditions.isEmpty();
    }

    String countSql(String table) {
        if (driverOnly()) {
            return "SELECT COUNT(*) FROM (" + driver + ") d";
        }
        return driver == null ? "SELECT COUNT(*) FROM " + table + " t" + clause(false)
                : "SELECT COUNT(*) FROM (" + driver + ") d JOIN " + table + " t ON t.id = d.id" + clause(false);
    }

    /** The keys, sorted, with LIMIT and OFFSET parameters last. */
    String keysSql(String table, String key) {
        if (driverOnly()) {
            return driver + " ORDER BY id LIMIT ? OFFSET ?";
        }
        return selectSql(table, "t." + key) + " ORDER BY t." + key + " LIMIT ? OFFSET ?";
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

    /** What identifies this query's page in a {@link ReadCache}: its SQL and parameters, and the page. */
    ReadCache.Query cacheKey(String table, String key, PageRequest page) {
        List<Object> all = new ArrayList<>(driverParameters);
        all.addAll(parameters);
        return new ReadCache.Query(keysSql(table, key), all, page.limit(), page.offset());
    }

    /** Binds the parameters of {@link #countSql}; returns the next free index. */
    int bindCount(PreparedStatement statement) throws SQLException {
        int index = bind(statement, 1, driverParameters);
        return driverOnly() ? index : bind(statement, index, parameters);
    }

    /** Binds the parameters of {@link #keysSql} before LIMIT and OFFSET; returns the next free index. */
    int bindKeys(PreparedStatement statement) throws SQLException {
        return driverOnly() ? bind(statement, 1, driverParameters) : bindSelect(statement);
    }

    /** Binds the parameters of {@link #selectSql}; returns the next free index. */
    int bindSelect(PreparedStatement statement) throws SQLException {
        return bind(statement, bind(statement, 1, parameters), driverParameters);
    }

    private static int bind(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        int index = first;
        for (Object value : values) {
            statement.setObject(index++, value);
        }
        return index;
    }
}
