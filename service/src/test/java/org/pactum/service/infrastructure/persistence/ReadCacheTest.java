package org.pactum.service.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadCacheTest {

    private static final ReadCache.Query QUERY = new ReadCache.Query("SELECT ...", List.of("AZE"), 20, 0);

    @Test
    void servesWhatWasReadAtTheSameVersionOnly() {
        ReadCache cache = new ReadCache(1 << 20);
        cache.putJson(3, "agreements", "agr-1", "{\"id\":\"agr-1\"}");
        cache.putPage(3, QUERY, new ReadCache.PageKeys(List.of("agr-1"), 1));
        assertEquals("{\"id\":\"agr-1\"}", cache.json(3, "agreements", "agr-1"));
        assertEquals(1, cache.page(3, QUERY).total());
        assertNull(cache.json(3, "corridors", "agr-1"), "rows are per table");
        assertNull(cache.json(4, "agreements", "agr-1"), "a newer version never sees older entries");
    }

    @Test
    void aNewerVersionEmptiesItAndAnOlderReaderCannotFillIt() {
        ReadCache cache = new ReadCache(1 << 20);
        cache.putJson(3, "agreements", "agr-1", "{\"v\":3}");
        cache.putJson(4, "agreements", "agr-2", "{\"v\":4}");
        assertNull(cache.json(3, "agreements", "agr-1"));
        assertEquals(1, cache.records(), "the write's version dropped everything read before it");
        cache.putJson(3, "agreements", "agr-1", "{\"v\":3}"); // a slow reader that started before the write
        assertNull(cache.json(4, "agreements", "agr-1"));
        assertEquals(1, cache.records());
    }

    @Test
    void staysWithinItsBytesEvictingTheLeastRecentlyUsed() {
        long max = 40_000;
        ReadCache cache = new ReadCache(max);
        String json = "x".repeat(1_000); // about 2 KB counted
        for (int i = 0; i < 1_000; i++) {
            cache.putJson(1, "agreements", "agr-" + i, json);
            cache.json(1, "agreements", "agr-0"); // kept in use
        }
        assertTrue(cache.bytes() <= max, cache.bytes() + " bytes");
        assertTrue(cache.records() > 5 && cache.records() < 20, cache.records() + " records");
        assertEquals(json, cache.json(1, "agreements", "agr-0"), "the record in use stays");
        assertEquals(json, cache.json(1, "agreements", "agr-999"), "the newest stays");
        assertNull(cache.json(1, "agreements", "agr-500"));
    }

    @Test
    void anEntryLargerThanTheCacheAndADisabledCacheKeepNothing() {
        ReadCache small = new ReadCache(1_000);
        small.putJson(1, "agreements", "agr-1", "x".repeat(10_000));
        assertNull(small.json(1, "agreements", "agr-1"));
        ReadCache none = ReadCache.none();
        none.putJson(1, "agreements", "agr-1", "{}");
        none.putPage(1, QUERY, new ReadCache.PageKeys(List.of(), 0));
        assertNull(none.json(1, "agreements", "agr-1"));
        assertNull(none.page(1, QUERY));
        assertEquals(0, none.bytes());
        assertThrows(IllegalArgumentException.class, () -> new ReadCache(-1));
    }
}
