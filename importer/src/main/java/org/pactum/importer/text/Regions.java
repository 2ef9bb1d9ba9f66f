package org.pactum.importer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions over part of a text without copying it: {@code matches(P, text, from, to)} answers what
 * {@code text.substring(from, to).matches(P)} would (the region's bounds are opaque and anchoring, so the
 * pattern sees only the part), with a pattern compiled once instead of on every call.
 */
public final class Regions {

    private Regions() {
    }

    /** The whole of {@code text[from, to)} matches {@code p}. */
    public static boolean matches(Pattern p, CharSequence text, int from, int to) {
        return p.matcher(text).region(from, to).matches();
    }

    /**
     * A pattern every match of which contains one of {@code words} (as written, case and all): a match over a window,
     * often a backtracking ".*...$", costs a microsecond or more, and looking for the words first a small part of that.
     */
    public record Needing(Pattern pattern, String... words) {
    }

    /** {@link #matches(Pattern, CharSequence, int, int)}, tried only when the part holds one of the needed words. */
    public static boolean matches(Needing p, String text, int from, int to) {
        for (String w : p.words()) {
            int at = text.indexOf(w, from);
            if (at >= 0 && at + w.length() <= to) {
                return matches(p.pattern(), text, from, to);
            }
        }
        return false;
    }

    /** The whole of the text from {@code from} to its end matches {@code p}. */
    public static boolean matchesFrom(Pattern p, CharSequence text, int from) {
        return matches(p, text, from, text.length());
    }

    /** The length of {@code p}'s match at the very start of {@code text[from, ...)}, or -1 when it does not match there. */
    public static int lengthAt(Pattern p, CharSequence text, int from) {
        Matcher m = p.matcher(text).region(from, text.length());
        return m.lookingAt() ? m.end() - from : -1;
    }
}
