package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.pactum.service.infrastructure.cache.BoundedLru;
import org.pactum.service.infrastructure.config.ServiceSettings;

/**
 * The JSON answers of reads by request (URI and Accept header: everything else the answer depends on is the
 * store version), kept for the newest store version only: an answer of an older version is dropped when a
 * newer one arrives and never served. A least-recently-used map bounded in bytes
 * ({@link ServiceSettings#answerCacheBytes()}).
 */
@ApplicationScoped
public class AnswerCache {

    /** What an answer depends on besides the store version. */
    record Key(String uri, String accept) {

        static Key of(URI requestUri, List<String> acceptHeaders) {
            return new Key(requestUri.toString(), acceptHeaders == null ? "" : String.join(",", acceptHeaders));
        }
    }

    private BoundedLru<Key, JsonAnswer> answers;
    private long version = Long.MIN_VALUE;

    /** For CDI, which then calls {@link #configure}. */
    public AnswerCache() {
    }

    /** A cache of at most {@code maxBytes}; 0 keeps nothing. */
    AnswerCache(long maxBytes) {
        bound(maxBytes);
    }

    @Inject
    void configure(ServiceSettings settings) {
        bound(settings.answerCacheBytes());
    }

    private void bound(long maxBytes) {
        answers = new BoundedLru<>(maxBytes, JsonAnswer::weight);
    }

    /**
     * The answer cached for this request if it was read at the current store version; {@code currentVersion}
     * is only asked (it may cost a database read) when an answer is there.
     */
    Optional<JsonAnswer> find(Key key, LongSupplier currentVersion) {
        JsonAnswer answer;
        synchronized (this) {
            answer = answers.get(key);
        }
        return answer != null && answer.version() == currentVersion.getAsLong() ? Optional.of(answer) : Optional.empty();
    }

    synchronized void put(Key key, JsonAnswer answer) {
        if (answer.version() > version) {
            answers.clear(); // a write happened: nothing older can be served again
            version = answer.version();
        }
        if (answer.version() == version) {
            answers.put(key, answer);
        }
    }

    synchronized int size() {
        return answers.size();
    }
}
