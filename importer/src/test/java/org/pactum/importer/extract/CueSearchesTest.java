package org.pactum.importer.extract;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every membership cue, searched at its alternatives' prefixes, finds what its pattern finds, over the seed articles. */
class CueSearchesTest {

    @Test
    void everyCueFindsWhatItsPatternFinds() throws IOException {
        List<String> sentences = new ArrayList<>();
        Path seeds = Path.of("../seeds");
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                for (String line : Files.readAllLines(p)) {
                    // (a crude split: the test compares two searches, not sentence detection)
                    for (String s : line.split("(?<=[.!?;:])\\s+")) {
                        sentences.add(s.toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertTrue(sentences.size() > 1000, "the seed articles");
        List<MembershipCues.Cue> cues = MembershipCues.CUES;
        int found = 0;
        for (String s : sentences) {
            long[] starts = MembershipCues.SEARCHES.startsIn(s);
            for (int i = 0; i < cues.size(); i++) {
                for (int from : new int[] {0, s.length() / 3}) {
                    Matcher m = cues.get(i).pattern().matcher(s).region(from, s.length()).useTransparentBounds(true).useAnchoringBounds(false);
                    int[] expected = m.find() ? new int[] {m.start(), m.end()} : null;
                    found += expected == null ? 0 : 1;
                    assertArrayEquals(expected, MembershipCues.SEARCHES.find(i, s, from, starts), "cue " + i + " from " + from + " in: " + s);
                }
            }
        }
        assertTrue(found > 1000, "matches to compare: " + found);
    }
}
