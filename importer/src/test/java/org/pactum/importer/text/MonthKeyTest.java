package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** DateFinder.isMonthKeyAt answers what the look-up of the three characters in lower case among the month keys answered. */
class MonthKeyTest {

    private static final Set<String> KEYS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    @Test
    void agreesWithTheLowerCaseLookUpOnEveryTripleOfTrickyCharacters() {
        // ASCII letters of the keys in both cases, others, and characters whose lower case is special or ASCII
        String chars = "JjAaNnFfEeBbMmRrPpYyUuLlGgSsOoCcTtVvDdKkIiZz0 .-\u212a\u0130\u0131\u017f\u00c9\u00e9\u00df\u0391\u03b1";
        int compared = 0;
        for (char a : chars.toCharArray()) {
            for (char b : chars.toCharArray()) {
                for (char c : chars.toCharArray()) {
                    String s = "x" + a + b + c;
                    boolean expected = KEYS.contains(s.substring(1).toLowerCase(Locale.ROOT));
                    assertEquals(expected, DateFinder.isMonthKeyAt(s, 1), s);
                    compared++;
                }
            }
        }
        assertEquals((long) Math.pow(chars.length(), 3), compared);
    }
}
