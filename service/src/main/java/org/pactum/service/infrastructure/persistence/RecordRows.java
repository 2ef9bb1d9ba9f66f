package org.pactum.service.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads of the json column shared by every table: by key, paged with a total, or streamed. */
final class RecordRows {

    /** Rows fetched per round trip when streaming: memory stays flat whatever the table size. */
    static final int FETCH_SIZE = 500;

    private RecordRows() {
    }

    static <T> Optional<T> byKey(Connection c, String table, String keyColumn, String key, Class<T> type)
            throws SQLException {
        return byKey(c, table, keyColumn, key, json -> JsonColumns.read(json, type));
    }

    static <R> Optional<R> byKey(Connection c, String table, String keyColumn, String key,
                                 Function<String, R> decode) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT json FROM " + table + " WHERE " + keyColumn + " = ?")) {
            p.setString(1, key);
            try (ResultSet r = p.executeQuery()) {
                return r.next() ? Optional.of(decode.apply(r.getString(1))) : Optional.empty();
            }
        }
    }

    /** {@link #byKey} through a cache valid at {@code version} (read in this transaction before anything else). */
    static <R> Optional<R> byKey(Connection c, String table, String keyColumn, String key,
                                 Function<String, R> decode, ReadCache cache, long version) throws SQLException {
        String json = cache.json(version, table, key);
        if (json == null) {
            Optional<String> read = byKey(c, table, keyColumn, key, Function.identity());
            if (read.isEmpty()) {
                return Optional.empty();
            }
            json = read.get();
            cache.putJson(version, table, key, json);
        }
        return Optional.of(decode.apply(json));
    }

    static <T> Slice<T> page(Connection c, String table, Where where, String key, PageRequest page,
                             Class<T> type) throws SQLException {
        return page(c, table, where, key, page, json -> JsonColumns.read(json, type));
    }

    /**
     * One page sorted by the key column, and the total. The page is read in two steps: the keys first (from
     * the indexes alone, however many rows the filters look at), then the JSON of just those rows.
     */
    static <R> Slice<R> page(Connection c, String table, Where where, String key, PageRequest page,
                             Function<String, R> decode) throws SQLException {
        return page(c, table, where, key, page, decode, ReadCache.none(), 0);
    }

    /**
     * {@link #page} through a cache valid at {@code version} (the store version read in this transaction
     * before anything else): the keys and total of a page query, and each record's JSON, come from the
     * cache when it holds them, and go into it when read.
     */
    static <R> Slice<R> page(Connection c, String table, Where where, String key, PageRequest page,
                             Function<String, R> decode, ReadCache cache, long version) throws SQLException {
        ReadCache.Query query = where.cacheKey(table, key, page);
        ReadCache.PageKeys found = cache.page(version, query);
        if (found == null) {
            found = pageKeys(c, table, where, key, page);
            cache.putPage(version, query, found);
        }
        List<String> keys = found.keys();
        String[] json = new String[keys.size()];
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            json[i] = cache.json(version, table, keys.get(i));
            if (json[i] == null) {
                missing.add(keys.get(i));
            }
        }
        if (!missing.isEmpty()) {
            Map<String, String> read = jsonByKey(c, table, key, missing);
            for (int i = 0; i < keys.size(); i++) {
                if (json[i] == null && (json[i] = read.get(keys.get(i))) != null) {
                    cache.putJson(version, table, keys.get(i), json[i]);
                }
            }
        }
        List<R> items = new ArrayList<>(keys.size());
        for (String j : json) {
            if (j != null) { // a row removed by a write committed since this read's version: left out
                items.add(decode.apply(j));
            }
        }
        return new Slice<>(items, found.total());
    }

    /** The total and the keys of one page, from the indexes. */
    private static ReadCache.PageKeys pageKeys(Connection c, String table, Where where, String key,
                                               PageRequest page) throws SQLException {
        long total;
        try (PreparedStatement p = c.prepareStatement(where.countSql(table))) {
            where.bindCount(p);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        }
        if (page.limit() == 0 || page.offset() >= total) {
            return new ReadCache.PageKeys(List.of(), total);
        }
        List<String> keys = new ArrayList<>(page.limit());
        try (PreparedStatement p = c.prepareStatement(where.keysSql(table, key))) {
            int next = where.bindKeys(p);
            p.setInt(next, page.limit());
            p.setLong(next + 1, page.offset());
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
        }
        return new ReadCache.PageKeys(List.copyOf(keys), total);
    }

    private static Map<String, String> jsonByKey(Connection c, String table, String key, List<String> keys)
            throws SQLException {
        Map<String, String> json = new HashMap<>();
        String in = "?" + ", ?".repeat(keys.size() - 1);
        try (PreparedStatement p = c.prepareStatement(
                "SELECT " + key + ", json FROM " + table + " WHERE " + key + " IN (" + in + ")")) {
            for (int i = 0; i < keys.size(); i++) {
                p.setString(i + 1, keys.get(i));
            }
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    json.put(r.getString(1), r.getString(2));
                }
            }
        }
        return json;
    }

    static <T> long stream(Connection c, String table, Where where, String key, Class<T> type,
                           Consumer<? super T> sink) throws SQLException {
        long count = 0;
        try (PreparedStatement p = c.prepareStatement(where.selectSql(table, "t.json") + " ORDER BY t." + key)) {
            p.setFetchSize(FETCH_SIZE);
            where.bindSelect(p);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    sink.accept(JsonColumns.read(r.getString(1), type));
                    count++;
                }
            }
        }
        return count;
    }

    static int delete(Connection c, String table, String keyColumn, String key) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("DELETE FROM " + table + " WHERE " + keyColumn + " = ?")) {
            p.setString(1, key);
            return p.executeUpdate();
        }
    }

    /** UPDATE first, INSERT when no row was there: portable between H2 and PostgreSQL. */
    static void upsert(Connection c, String table, String keyColumn, String key, List<String> columns,
                       List<Object> values) throws SQLException {
        StringBuilder update = new StringBuilder("UPDATE " + table + " SET ");
        for (int i = 0; i < columns.size(); i++) {
            update.append(i == 0 ? "" : ", ").append(columns.get(i)).append(" = ?");
        }
        update.append(" WHERE ").append(keyColumn).append(" = ?");
        try (PreparedStatement p = c.prepareStatement(update.toString())) {
            bind(p, values);
            p.setString(values.size() + 1, key);
            if (p.executeUpdate() > 0) {
                return;
            }
        }
        String insert = "INSERT INTO " + table + " (" + keyColumn + ", " + String.join(", ", columns) + ") VALUES (?"
                + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement p = c.prepareStatement(insert)) {
            p.setString(1, key);
            for (int i = 0; i < values.size(); i++) {
                p.setObject(i + 2, values.get(i));
            }
            p.executeUpdate();
        }
    }

    private static void bind(PreparedStatement p, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            p.setObject(i + 1, values.get(i));
        }
    }
}
