package org.pactum.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The instrument key words, searched at their (caseless) prefixes, are the matches KEY.find() gives, over the seed articles. */
class InstrumentKeySearchTest {

    @Test
    void findsTheMatchesFindFinds() throws IOException {
        assertTrue(InstrumentFinder.KEY_SEARCH.readsPrefixes(0), "KEY is read: every alternative has a prefix");
        List<String> lines = new ArrayList<>(List.of("the TREATY and the Memoranda, a MoU; an FTAs deal", "Communiqué, COMMUNIQUÉ, communiquE"));
        for (Path dir : List.of(Path.of("../seeds"), Path.of("../seeds/pending"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(Files.readAllLines(p));
                }
            }
        }
        int found = 0;
        for (String line : lines) {
            List<String> expected = new ArrayList<>();
            Matcher m = InstrumentFinder.KEY.matcher(line);
            while (m.find()) {
                expected.add(m.start() + "-" + m.end() + " " + m.group(1));
            }
            List<String> actual = new ArrayList<>();
            long[] starts = InstrumentFinder.KEY_SEARCH.startsIn(line);
            for (int[] k = InstrumentFinder.KEY_SEARCH.find(0, line, 0, starts); k != null; k = InstrumentFinder.KEY_SEARCH.find(0, line, k[1], starts)) {
                actual.add(k[0] + "-" + k[1] + " " + line.substring(k[0], k[1]));
            }
            assertEquals(expected, actual, line);
            found += expected.size();
        }
        assertTrue(found > 10_000, "matches compared: " + found);
    }
}
