package org.pactum.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** CorridorExtractor.capitalAfterDash, the test before the chain patterns: true wherever one of them could match. */
class ChainGateTest {

    /** What every chain of names holds: a dash, blanks, a capital (\p{Lu}). */
    private static final Pattern DASH_THEN_CAPITAL = Pattern.compile("[-\u2010-\u2015]\\s*\\p{Lu}");

    @Test
    void findsTheDashOfAChainOfNames() {
        assertTrue(CorridorExtractor.capitalAfterDash("the Kars-Tbilisi railway"));
        assertTrue(CorridorExtractor.capitalAfterDash("the Baku \u2013 Tbilisi \u2013 Ceyhan pipeline"));
        assertTrue(CorridorExtractor.capitalAfterDash("Baku -\tTbilisi"));
        assertTrue(CorridorExtractor.capitalAfterDash("the Almaty-\u00d6skemen road"));
        assertFalse(CorridorExtractor.capitalAfterDash("a high-speed cross-border railway"));
        assertFalse(CorridorExtractor.capitalAfterDash("a line ending in a dash -"));
        assertFalse(CorridorExtractor.capitalAfterDash("no dash at all"));
    }

    @Test
    void agreesWithTheRegularExpressionOnTheSeedArticles() throws Exception {
        int lines = 0;
        for (Path dir : List.of(Path.of("../seeds"), Path.of("../seeds/pending"))) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (var files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                    for (String line : Files.readAllLines(p)) {
                        assertEquals(DASH_THEN_CAPITAL.matcher(line).find(), CorridorExtractor.capitalAfterDash(line), line);
                        lines++;
                    }
                }
            }
        }
        assertTrue(lines > 1000, "the seed articles were read: " + lines);
    }
}
