package org.pactum.importer.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void agreesWithTheFullTableCapped() {
        Random random = new Random(26);
        for (int round = 0; round < 200_000; round++) {
            char[] a = word(random, 1 + random.nextInt(14));
            char[] b = word(random, 1 + random.nextInt(14));
            int from = random.nextInt(b.length);
            int len = random.nextInt(b.length - from + 1);
            int max = random.nextInt(4);
            int full = Math.min(fullTable(a, b, from, len), max + 1);
            assertEquals(full, EditDistance.bounded(a, b, from, len, max), new String(a) + " / " + new String(b, from, len) + " max " + max);
        }
        assertEquals(1, EditDistance.bounded("kazakhstan".toCharArray(), "kazakshtan".toCharArray(), 0, 10, 2), "a swap");
        assertEquals(3, EditDistance.bounded("uzbekistan".toCharArray(), "turkmenistan".toCharArray(), 0, 12, 2), "over the bound");
    }

    /** Few letters, so that near words are common. */
    private static char[] word(Random random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = "abcd".charAt(random.nextInt(4));
        }
        return c;
    }

    /** The whole optimal-string-alignment table, uncapped. */
    private static int fullTable(char[] a, char[] b, int from, int len) {
        int[][] d = new int[a.length + 1][len + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= len; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= len; j++) {
                int cost = a[i - 1] == b[from + j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[from + j - 2] && a[i - 2] == b[from + j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length][len];
    }
}
