package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordScanTest {

    @Test
    void firstIndexesAreThoseOfIndexOf() {
        List<String> words = List.of("member", " member", "members:", "join", "a", "ab", "bab", "left ", "left the", "\u2019s", "sit on");
        WordScan scan = new WordScan(words);
        Random random = new Random(42);
        String alphabet = "abjoinmertslf h:\u2019\u00e9-";
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                text.append(random.nextInt(6) == 0 ? words.get(random.nextInt(words.size()))
                        : String.valueOf(alphabet.charAt(random.nextInt(alphabet.length()))));
            }
            String t = text.toString();
            int[] expected = words.stream().mapToInt(t::indexOf).toArray();
            assertArrayEquals(expected, scan.firstIndexes(t), t);
            assertEquals(words.stream().anyMatch(t::contains), scan.any(t), t);
        }
    }
}
