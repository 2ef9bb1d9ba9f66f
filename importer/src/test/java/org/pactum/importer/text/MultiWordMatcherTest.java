package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class MultiWordMatcherTest {

    private static final String CLAUSE = "the gcc groups saudi arabia, the united arab emirates, qatar, kuwait, bahrain and oman";

    @Test
    void findsWhereEachWordFirstStartsAsIndexOfDoes() {
        // words inside others, sharing prefixes and suffixes, one character, absent ones
        List<String> words = List.of("groups", " groups ", "group", "oups", "arab", "arabia", ", ", ":", "the", "he u",
                "oman", "man", "member", "a", "and oman", "xylophone");
        MultiWordMatcher matcher = MultiWordMatcher.of(words);
        assertArrayEquals(indexOfEach(words, CLAUSE), matcher.firstStarts(CLAUSE));
    }

    @Test
    void agreesWithIndexOfOnRandomWordsAndTexts() {
        Random random = new Random(24);
        String alphabet = "ab -,'\u2019é";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(30); i++) {
                String w = randomText(random, alphabet, 1 + random.nextInt(5));
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
            String text = randomText(random, alphabet + "xyz.", random.nextInt(80));
            MultiWordMatcher matcher = MultiWordMatcher.of(words);
            assertArrayEquals(indexOfEach(words, text), matcher.firstStarts(text), words + " in " + text);
            assertEquals(words.stream().anyMatch(text::contains), matcher.containsAny(text), words + " in " + text);
        }
    }

    @Test
    void aCaselessMatcherReadsAsciiLettersInEitherCase() {
        Random random = new Random(26);
        String alphabet = "abAB -\u00e9\u00c9";
        for (int round = 0; round < 300; round++) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(20); i++) {
                String w = LiteralPrefixes.asciiLower(randomText(random, alphabet, 1 + random.nextInt(4)));
                if (!words.contains(w)) {
                    words.add(w);
                }
            }
            String text = randomText(random, alphabet + "xyzXYZ.", random.nextInt(60));
            MultiWordMatcher matcher = MultiWordMatcher.asciiCaseless(words);
            // (only ASCII letters fold: \u00c9 is not \u00e9, as in a (?i) expression without UNICODE_CASE)
            assertArrayEquals(indexOfEach(words, LiteralPrefixes.asciiLower(text)), matcher.firstStarts(text), words + " in " + text);
        }
        assertThrows(IllegalArgumentException.class, () -> MultiWordMatcher.asciiCaseless(List.of("Treaty")));
    }

    @Test
    void containsAnyIsTrueOnlyWhenAWordIsThere() {
        MultiWordMatcher matcher = MultiWordMatcher.of(List.of("observer", "seat in", "dialogue partner"));
        assertFalse(matcher.containsAny(CLAUSE));
        assertFalse(matcher.containsAny("seats in the council"), "\"seat in\" is not in \"seats in\"");
        assertTrue(matcher.containsAny("it kept its seat in the council"));
        assertTrue(matcher.containsAny("a dialogue partner"));
        assertFalse(matcher.containsAny(""));
    }

    @Test
    void idsAreTheWordsIndexes() {
        MultiWordMatcher matcher = MultiWordMatcher.of(List.of("left the", "quit", ":"));
        assertEquals(3, matcher.size());
        assertEquals(1, matcher.id("quit"));
        assertThrows(IllegalArgumentException.class, () -> matcher.id("joined"));
        assertThrows(IllegalArgumentException.class, () -> MultiWordMatcher.of(List.of("quit", "quit")));
        assertThrows(IllegalArgumentException.class, () -> MultiWordMatcher.of(List.of("")));
    }

    private static int[] indexOfEach(List<String> words, String text) {
        return words.stream().mapToInt(text::indexOf).toArray();
    }

    private static String randomText(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
