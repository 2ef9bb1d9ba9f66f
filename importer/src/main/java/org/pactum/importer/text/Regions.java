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
