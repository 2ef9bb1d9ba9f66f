package org.pactum.importer.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.pactum.importer.text.MultiWordMatcher;

/**
 * Where each membership cue's search starts in a clause, from the words of every cue in one matcher: one pass over the
 * clause finds them all (each cue had scanned the clause for each of its words, ~400 in all).
 */
final class CueSearchStarts {

    /** A match contains a trigger word and starts at most this many characters before it. */
    private static final int REACH_BEFORE_TRIGGER = 110;

    private final MultiWordMatcher words;
    /** By cue: the ids of the words every match holds (one of them). */
    private final int[][] triggers;
    /** By cue: the ids of the words every match starts with, or an empty array. */
    private final int[][] starts;

    CueSearchStarts(List<MembershipCues.Cue> cues) {
        Set<String> all = new LinkedHashSet<>();
        for (MembershipCues.Cue c : cues) {
            all.addAll(c.triggers());
            all.addAll(c.starts());
        }
        words = MultiWordMatcher.of(List.copyOf(all));
        triggers = new int[cues.size()][];
        starts = new int[cues.size()][];
        for (int i = 0; i < cues.size(); i++) {
            triggers[i] = ids(cues.get(i).triggers());
            starts[i] = ids(cues.get(i).starts());
        }
    }

    private int[] ids(List<String> list) {
        return list.stream().mapToInt(words::id).toArray();
    }

    /** Where each word first starts in {@code lower}: the argument of {@link #of}. */
    int[] wordsIn(String lower) {
        return words.firstStarts(lower);
    }

    /** Where the search for cue {@code cue} starts, or -1 when it cannot match ({@code found}: {@link #wordsIn} of the clause). */
    int of(int cue, int[] found) {
        int first = firstOf(triggers[cue], found);
        if (first < 0 || starts[cue].length == 0) {
            return first < 0 ? -1 : Math.max(0, first - REACH_BEFORE_TRIGGER);
        }
        return firstOf(starts[cue], found);
    }

    private static int firstOf(int[] ids, int[] found) {
        int first = -1;
        for (int id : ids) {
            int i = found[id];
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }
}
