package org.pactum.service.infrastructure.persistence;

import java.util.List;
import org.pactum.service.infrastructure.cache.BoundedLru;

/**
 * What list and id reads found, kept for one store version: each record's stored JSON by table and id, and
 * each page query's keys and total. Every write raises the store version, and the first read at a newer
 * version empties the cache, so nothing older than the version a request read is ever served. Both parts are
 * least-recently-used maps capped in bytes (a record's JSON counts two bytes per char), so memory stays
 * bounded whatever is read; exports stream past it and never fill it.
 */
public final class ReadCache {

    /** A record's row. */
    record Row(String table, String id) {
    }

    /** A page query: the SQL of its count and keys, their parameters, the page. */
    record Query(String sql, List<Object> parameters, int limit, long offset) {
    }

    /** The keys of one page, in order, and the total of the whole result. */
    record PageKeys(List<String> keys, long total) {
    }

    private final BoundedLru<Row, String> rows;
    private final BoundedLru<Query, PageKeys> queries;
    private long version = Long.MIN_VALUE;

    /** A cache of at most {@code maxBytes} (three quarters for records, a quarter for page keys); 0 disables it. */
    public ReadCache(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the read cache size must be 0 or more bytes, was " + maxBytes);
        }
        rows = new BoundedLru<>(maxBytes - maxBytes / 4, json -> 2L * json.length());
        queries = new BoundedLru<>(maxBytes / 4, keys -> 16 + keys.keys().stream().mapToLong(k -> 48 + 2L * k.length()).sum());
    }

    /** No caching: every read goes to the database. */
    public static ReadCache none() {
        return new ReadCache(0);
    }

    synchronized String json(long atVersion, String table, String id) {
        return current(atVersion) ? rows.get(new Row(table, id)) : null;
    }

    synchronized void putJson(long atVersion, String table, String id, String json) {
        if (advance(atVersion)) {
            rows.put(new Row(table, id), json);
        }
    }

    synchronized PageKeys page(long atVersion, Query query) {
        return current(atVersion) ? queries.get(query) : null;
    }

    synchronized void putPage(long atVersion, Query query, PageKeys keys) {
        if (advance(atVersion)) {
            queries.put(query, keys);
        }
    }

    /** Bytes held now (estimate), for tests and diagnostics. */
    synchronized long bytes() {
        return rows.bytes() + queries.bytes();
    }

    synchronized int records() {
        return rows.size();
    }

    private boolean current(long atVersion) {
        return atVersion == version;
    }

    /** Moves to a newer version (dropping everything); false when the reader's version is older than ours. */
    private boolean advance(long atVersion) {
        if (atVersion > version) {
            rows.clear();
            queries.clear();
            version = atVersion;
        }
        return atVersion == version;
    }
}
