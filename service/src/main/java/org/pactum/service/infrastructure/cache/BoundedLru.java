package org.pactum.service.infrastructure.cache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * A least-recently-used map that evicts its eldest entries beyond a size in bytes (the weigher's estimate of
 * each value plus a fixed per-entry overhead). Not thread-safe: its owner synchronizes.
 */
public final class BoundedLru<K, V> extends LinkedHashMap<K, V> {

    /** Per-entry bookkeeping of the map (key, value, links): an estimate, enough for a bound. */
    static final long ENTRY_OVERHEAD = 96;

    private final long maxBytes;
    private final ToLongFunction<V> weigher;
    private long bytes;

    public BoundedLru(long maxBytes, ToLongFunction<V> weigher) {
        super(256, 0.75f, true);
        if (maxBytes < 0) {
            throw new IllegalArgumentException("a cache's size must be 0 or more bytes, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
        this.weigher = weigher;
    }

    @Override
    public V put(K key, V value) {
        long weight = weight(value);
        if (weight > maxBytes) {
            return null; // larger than the whole cache (or the cache is off): not kept
        }
        V old = super.put(key, value);
        bytes += weight - (old == null ? 0 : weight(old));
        var eldest = entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            Map.Entry<K, V> e = eldest.next();
            bytes -= weight(e.getValue());
            eldest.remove();
        }
        return old;
    }

    @Override
    public V remove(Object key) {
        V old = super.remove(key);
        if (old != null) {
            bytes -= weight(old);
        }
        return old;
    }

    @Override
    public void clear() {
        super.clear();
        bytes = 0;
    }

    /** Bytes held now (estimate). */
    public long bytes() {
        return bytes;
    }

    private long weight(V value) {
        return ENTRY_OVERHEAD + weigher.applyAsLong(value);
    }
}
