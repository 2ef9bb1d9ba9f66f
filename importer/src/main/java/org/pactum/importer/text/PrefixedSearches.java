package org.pactum.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Patterns made by {@link SearchPatterns#startingWith}, each searched only where one of its alternatives can start: at the
 * literal text the alternative starts with ({@link LiteralPrefixes}), found for all the patterns in one pass over the text,
 * and wherever the alternatives without such text match. java.util.regex would try every alternative at every position
 * the guard lets through. The match found is the one {@code find()} finds: the leftmost, by the first alternative that
 * matches there.
 */
public final class PrefixedSearches {

    /**
     * The prefixes looked for are cut to this many characters: a shorter one stands wherever the longer one does, so no
     * match is missed (the pattern itself decides at each place), and the membership cues' ~2,900 prefixes (up to 47
     * characters, "submitted their official membership application") make an automaton of ~2,000 states instead of
     * ~24,500, whose 3.3 MB transition table missed the cache at most characters of the clause.
     */
    static final int PREFIX_LENGTH = 8;

    private final List<Pattern> patterns;
    /** Every prefix of every pattern, tagged with the patterns (bits) that start with it. */
    private final MultiWordMatcher prefixes;
    private final long[] tags;
    /** The patterns that have an alternative starting with {@code ^}, matching only at the input's start. */
    private final long inputStart;
    /** By pattern: its alternatives without a prefix, behind its guard; null when there are none or it is not read. */
    private final Pattern[] anywhere;
    /** By pattern: whether it is read (false: searched plainly). */
    private final boolean[] read;

    private PrefixedSearches(List<Pattern> patterns) {
        if (patterns.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 patterns: " + patterns.size());
        }
        this.patterns = List.copyOf(patterns);
        anywhere = new Pattern[patterns.size()];
        read = new boolean[patterns.size()];
        Map<String, Long> tagged = new LinkedHashMap<>();
        long atInputStart = 0;
        boolean caseless = false;
        for (int i = 0; i < patterns.size(); i++) {
            Pattern p = patterns.get(i);
            String source = SearchPatterns.sourceOf(p);
            List<LiteralPrefixes.Starts> starts = source == null ? null : LiteralPrefixes.ofAlternatives(source);
            if (starts == null && source != null) {
                starts = LiteralPrefixes.ofAsciiCaselessAlternatives(source);
                if (starts != null && starts.contains(null)) {
                    continue; // (alternatives without a prefix would be searched without the flag: searched plainly)
                }
                caseless |= starts != null;
            }
            if (starts == null) {
                continue;
            }
            List<String> alternatives = SearchPatterns.topLevelAlternatives(source);
            List<String> without = new ArrayList<>();
            for (int a = 0; a < alternatives.size(); a++) {
                if (starts.get(a) == null) {
                    without.add(alternatives.get(a));
                }
            }
            Pattern rest = without.isEmpty() ? null : SearchPatterns.withSameGuard(p, String.join("|", without));
            if (without.size() == alternatives.size() || !without.isEmpty() && rest == null) {
                continue; // nothing to read, or the guard is not the one startingWith writes
            }
            read[i] = true;
            anywhere[i] = rest;
            long bit = 1L << i;
            for (LiteralPrefixes.Starts s : starts) {
                if (s != null) {
                    for (String w : s.strings()) {
                        tagged.merge(cut(w), bit, (x, y) -> x | y);
                    }
                    atInputStart |= s.inputStart() ? bit : 0;
                }
            }
        }
        inputStart = atInputStart;
        if (caseless) {
            // one caseless pattern makes every prefix caseless: the others' then stand at more places, which their patterns decide
            Map<String, Long> folded = new LinkedHashMap<>();
            for (Map.Entry<String, Long> e : tagged.entrySet()) {
                folded.merge(LiteralPrefixes.asciiLower(e.getKey()), e.getValue(), (x, y) -> x | y);
            }
            tagged = folded;
        }
        prefixes = caseless ? MultiWordMatcher.asciiCaseless(List.copyOf(tagged.keySet())) : MultiWordMatcher.of(List.copyOf(tagged.keySet()));
        tags = tagged.values().stream().mapToLong(Long::longValue).toArray();
    }

    private static String cut(String prefix) {
        return prefix.length() <= PREFIX_LENGTH ? prefix : prefix.substring(0, PREFIX_LENGTH);
    }

    /** At most 64 patterns; those not made by {@link SearchPatterns#startingWith} are searched plainly. */
    public static PrefixedSearches of(List<Pattern> patterns) {
        return new PrefixedSearches(patterns);
    }

    /** Whether pattern {@code i} is searched at its prefixes (false: a plain {@code find()}). */
    public boolean readsPrefixes(int i) {
        return read[i];
    }

    /** Where in {@code text} each pattern's prefixes start (bits by pattern): the argument of {@link #find}. */
    public long[] startsIn(String text) {
        return prefixes.startTags(text, tags);
    }

    /**
     * The first match of pattern {@code i} in {@code text} from {@code from} on, as {@code {start, end}}, or null: what
     * {@code matcher(text).region(from, text.length())} with transparent, non-anchoring bounds finds ({@code starts}:
     * {@link #startsIn} of the text).
     */
    public int[] find(int i, String text, int from, long[] starts) {
        Matcher full = matcher(patterns.get(i), text, from);
        if (!read[i] || text.isEmpty()) {
            return full.find() ? new int[] {full.start(), full.end()} : null;
        }
        // a match of an alternative without a prefix bounds the search: none before it, the leftmost one there
        int limit = text.length() + 1;
        if (anywhere[i] != null) {
            Matcher m = matcher(anywhere[i], text, from);
            if (m.find()) {
                limit = m.start();
            }
        }
        long bit = 1L << i;
        int end = Math.min(limit, text.length());
        for (int p = from; p < end; p++) {
            if ((starts[p] & bit) != 0 || p == 0 && (inputStart & bit) != 0) {
                full.region(p, text.length());
                if (full.lookingAt()) {
                    return new int[] {p, full.end()};
                }
            }
        }
        if (limit <= text.length()) {
            full.region(limit, text.length());
            if (full.lookingAt() || full.region(limit, text.length()).find()) {
                return new int[] {full.start(), full.end()};
            }
        }
        return null;
    }

    private static Matcher matcher(Pattern p, String text, int from) {
        return p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
    }
}
