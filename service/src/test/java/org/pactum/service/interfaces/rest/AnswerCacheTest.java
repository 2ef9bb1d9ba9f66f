package org.pactum.service.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityTag;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class AnswerCacheTest {

    private static final AnswerCache.Key LIST = AnswerCache.Key.of(
            URI.create("http://localhost:8080/api/agreements?party=AZE"), List.of("application/json"));

    @Test
    void servesAnAnswerOnlyAtTheVersionItWasReadAt() {
        AnswerCache cache = new AnswerCache(1 << 20);
        cache.put(LIST, answer(3, 100));
        assertTrue(cache.find(LIST, () -> 3).isPresent());
        assertFalse(cache.find(LIST, () -> 4).isPresent(), "a write happened since");
        assertFalse(cache.find(AnswerCache.Key.of(URI.create("http://localhost:8080/api/agreements?party=AZE"),
                List.of("application/xml")), () -> 3).isPresent(), "another Accept is another answer");
    }

    @Test
    void asksForTheVersionOnlyWhenItHoldsAnAnswer() {
        AnswerCache cache = new AnswerCache(1 << 20);
        AtomicInteger asked = new AtomicInteger();
        LongSupplier version = () -> {
            asked.incrementAndGet();
            return 1;
        };
        assertFalse(cache.find(LIST, version).isPresent());
        assertEquals(0, asked.get(), "no database read for a request never answered");
    }

    @Test
    void aNewerAnswerDropsTheOlderOnesAndAnOlderOneIsNotKept() {
        AnswerCache cache = new AnswerCache(1 << 20);
        AnswerCache.Key other = AnswerCache.Key.of(URI.create("http://localhost:8080/api/agreements/agr-1"), null);
        cache.put(LIST, answer(3, 100));
        cache.put(other, answer(4, 100));
        assertEquals(1, cache.size());
        cache.put(LIST, answer(3, 100)); // a slow reader that started before the write
        assertEquals(1, cache.size());
        assertFalse(cache.find(LIST, () -> 3).isPresent());
    }

    @Test
    void staysWithinItsBytes() {
        AnswerCache cache = new AnswerCache(100_000);
        for (int i = 0; i < 100; i++) {
            cache.put(AnswerCache.Key.of(URI.create("http://localhost/api/agreements/agr-" + i), null), answer(1, 20_000));
        }
        assertTrue(cache.size() >= 3 && cache.size() <= 4, cache.size() + " answers of 20 KB in 100 KB");
        AnswerCache off = new AnswerCache(0);
        off.put(LIST, answer(1, 10));
        assertEquals(0, off.size());
    }

    private static JsonAnswer answer(long version, int bytes) {
        return new JsonAnswer(version, new EntityTag("v" + version), new byte[bytes], List.of());
    }
}
