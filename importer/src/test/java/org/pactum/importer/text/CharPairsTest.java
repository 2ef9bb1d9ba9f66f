package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CharPairsTest {

    private static final String CLAUSE = "the gcc groups saudi arabia, the united arab emirates, qatar, kuwait, bahrain and oman";

    @Test
    void everyWordOfTheTextMayBeThere() {
        CharPairs pairs = CharPairs.of(CLAUSE);
        for (int from = 0; from < CLAUSE.length(); from++) {
            for (int to = from + 1; to <= Math.min(CLAUSE.length(), from + 12); to++) {
                String word = CLAUSE.substring(from, to);
                assertTrue(pairs.mayContain(word), word);
            }
        }
    }

    @Test
    void aWordWhoseFirstTwoCharactersNeverStandTogetherIsNotThere() {
        CharPairs pairs = CharPairs.of(CLAUSE);
        assertFalse(pairs.mayContain("xylophone"));
        assertFalse(pairs.mayContain("observer"));
        assertTrue(pairs.mayContain("x"), "a word of one character may always be there");
        assertTrue(pairs.mayContain(""));
    }
}
