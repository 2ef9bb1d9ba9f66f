package org.pactum.importer.extract;

/**
 * A record as an extractor found it, with the sentence that states it.
 *
 * @param <T>        the record type
 * @param record     the record (without id and evidence yet)
 * @param sentence   where it was found
 * @param confidence how sure the rule that found it is, 0..1
 * @param named      the record carries a proper name (a title as written), not a description ("an agreement")
 */
public record Candidate<T>(T record, SentenceView sentence, double confidence, boolean named) {

    public Candidate(T record, SentenceView sentence, double confidence) {
        this(record, sentence, confidence, true);
    }
}
