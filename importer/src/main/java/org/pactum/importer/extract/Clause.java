package org.pactum.importer.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

import org.pactum.importer.text.Regions;

/**
 * A clause of a sentence: the range [start, end) without its holes (parenthetical and relative clauses
 * set off by commas, which are clauses of their own). Offsets are sentence offsets.
 */
record Clause(int start, int end, List<int[]> holes) {

    Clause {
        holes = List.copyOf(holes);
    }

    private static final Pattern RELATIVE_START = Pattern.compile("(?is)^\\s*,?\\s*(?:which|who|whose|in which|where|all of which|both of which|each of which|all of whom|(?:founded|established|created|set up) by)\\b.*");

    boolean contains(int s, int e) {
        if (s < start || e > end) {
            return false;
        }
        for (int[] h : holes) {
            if (s < h[1] && h[0] < e) {
                return false;
            }
        }
        return true;
    }

    boolean containsPosition(int pos) {
        return contains(pos, pos + 1);
    }

    /** The clause's text from {@code s} (same offsets: holes blanked with spaces). */
    String masked(String sentence) {
        if (holes.isEmpty()) {
            return sentence.substring(start, end); // (one copy, not three; the whole sentence: itself)
        }
        char[] c = sentence.substring(start, end).toCharArray();
        for (int[] h : holes) {
            for (int i = Math.max(h[0], start); i < Math.min(h[1], end); i++) {
                c[i - start] = ' ';
            }
        }
        return new String(c);
    }

    List<Mention> mentions(SentenceView v) {
        List<Mention> out = new ArrayList<>(v.mentions().size());
        for (Mention m : v.mentions()) {
            if (contains(m.start(), m.end())) {
                out.add(m);
            }
        }
        return Collections.unmodifiableList(out);
    }

    boolean startsRelative(String sentence) {
        return Regions.matches(RELATIVE_START, sentence, start, end);
    }
}
