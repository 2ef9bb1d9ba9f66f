package org.pactum.importer.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The literal text every match of a regular expression's alternative starts with, read from the expression itself
 * ({@code \bbec(?:ame|omes) the} gives "became the", "becomes the"; {@code (?=accession\b)(?<!\bon )\baccession}
 * gives "accession"), so that a search can try the expression only where one of them stands. Leading word boundaries and
 * look-behinds (zero width) are passed over; the reading stops at the first construct that is not plain text (a class,
 * an optional part, an escape other than an escaped punctuation mark). An alternative with no such text (one opening
 * with {@code ^}, a class or an optional group) has none: it can match anywhere.
 */
public final class LiteralPrefixes {

    /** More strings than this from one alternative: its reading stops before the group that would multiply them. */
    private static final int MAX_STRINGS = 256;

    private LiteralPrefixes() {
    }

    /**
     * Where an alternative's matches start: at one of {@code strings}, or (when {@code inputStart}) at the start of the
     * input, where a {@code ^} holds.
     */
    public record Starts(Set<String> strings, boolean inputStart) {
    }

    /**
     * For each top-level alternative of {@code regex}, in order: where its matches start, or null when that cannot be read
     * (it may match anywhere). Null for the whole expression when it sets flags ({@code (?i)}: the text would not be
     * literal; {@code (?m)}: a {@code ^} would hold at each line).
     */
    public static List<Starts> ofAlternatives(String regex) {
        if (regex.contains("(?")
                && regex.replace("(?:", "").replace("(?=", "").replace("(?!", "").replace("(?<=", "").replace("(?<!", "").contains("(?")) {
            return null;
        }
        List<Starts> out = new ArrayList<>();
        for (String alternative : SearchPatterns.topLevelAlternatives(regex)) {
            Reading r = read(alternative, true);
            out.add(r.strings.contains("") || r.strings.isEmpty() && !r.inputStart ? null : new Starts(r.strings, r.inputStart));
        }
        return out;
    }

    /**
     * {@link #ofAlternatives} of an expression that opens with {@code (?i)} and sets no other flag, its strings in ASCII lower
     * case: without UNICODE_CASE, {@code (?i)} compares only ASCII letters caselessly, so a match starts where one of them
     * stands in the text with its ASCII letters lowered. Null when {@code regex} is not such an expression.
     */
    public static List<Starts> ofAsciiCaselessAlternatives(String regex) {
        if (!regex.startsWith("(?i)")) {
            return null;
        }
        List<Starts> read = ofAlternatives(regex.substring("(?i)".length()));
        if (read == null) {
            return null;
        }
        List<Starts> out = new ArrayList<>(read.size());
        for (Starts s : read) {
            if (s == null) {
                out.add(null);
                continue;
            }
            Set<String> lowered = new LinkedHashSet<>();
            s.strings().forEach(w -> lowered.add(asciiLower(w)));
            out.add(new Starts(lowered, s.inputStart()));
        }
        return out;
    }

    /** {@code s} with its ASCII upper-case letters lowered (no other character changed). */
    public static String asciiLower(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= 'A' && c[i] <= 'Z') {
                c[i] = (char) (c[i] + ('a' - 'A'));
            }
        }
        return new String(c);
    }

    /**
     * What a sequence gives: the strings, whether each is all the sequence can match (so a caller may go on after it), and
     * whether it may instead match only at the input's start (a {@code ^} first).
     */
    private record Reading(Set<String> strings, boolean complete, boolean inputStart) {

        Reading(Set<String> strings, boolean complete) {
            this(strings, complete, false);
        }
    }

    private static Reading read(String seq, boolean atStart) {
        Set<String> prefixes = new LinkedHashSet<>(List.of(""));
        int i = 0;
        while (i < seq.length()) {
            char c = seq.charAt(i);
            if (c == '\\') {
                if (i + 1 >= seq.length()) {
                    return new Reading(prefixes, false);
                }
                char e = seq.charAt(i + 1);
                if (e == 'b' && atStart && onlyEmpty(prefixes)) {
                    i += 2; // a word boundary before any text: zero width
                    continue;
                }
                if (Character.isLetterOrDigit(e) || quantified(seq, i + 2)) {
                    return new Reading(prefixes, false);
                }
                prefixes = appended(prefixes, String.valueOf(e));
                i += 2;
            } else if (c == '(') {
                int close = closing(seq, i);
                if (close < 0) {
                    return new Reading(prefixes, false);
                }
                String head = seq.substring(i, Math.min(seq.length(), i + 4));
                if (head.startsWith("(?<=") || head.startsWith("(?<!") || head.startsWith("(?!")) {
                    if (quantified(seq, close + 1) || !onlyEmpty(prefixes)) {
                        return new Reading(prefixes, false);
                    }
                    i = close + 1; // a look-behind or negative look-ahead before any text: zero width, no text of its own
                    continue;
                }
                if (head.startsWith("(?=")) {
                    if (quantified(seq, close + 1) || !onlyEmpty(prefixes)) {
                        return new Reading(prefixes, false);
                    }
                    // what a look-ahead at the start needs is there where the match starts
                    Reading ahead = group(seq.substring(i + 3, close));
                    return new Reading(ahead.strings, false);
                }
                boolean optional = close + 1 < seq.length() && seq.charAt(close + 1) == '?'
                        && (close + 2 >= seq.length() || "?+".indexOf(seq.charAt(close + 2)) < 0);
                // (a capturing group reads as a non-capturing one: what it captures is no matter here)
                boolean capturing = seq.charAt(i + 1) != '?';
                if (!head.startsWith("(?:") && !capturing || quantified(seq, close + 1) && !optional) {
                    return new Reading(prefixes, false);
                }
                Reading inner = group(seq.substring(capturing ? i + 1 : i + 3, close));
                if (inner.inputStart && !(atStart && onlyEmpty(prefixes) && !optional)) {
                    return new Reading(prefixes, false); // (a ^ after text never holds; an optional one is read no further)
                }
                Set<String> strings = inner.strings;
                if (optional) {
                    if (!inner.complete) {
                        return new Reading(prefixes, false);
                    }
                    strings = new LinkedHashSet<>(strings);
                    strings.add(""); // (an optional group: with it or without it)
                }
                if ((long) prefixes.size() * strings.size() > MAX_STRINGS) {
                    return new Reading(prefixes, false, inner.inputStart);
                }
                prefixes = product(prefixes, strings);
                if (!inner.complete) {
                    return new Reading(prefixes, false, inner.inputStart);
                }
                i = close + 2 + (optional ? 0 : -1);
            } else if (c == '^' && atStart && onlyEmpty(prefixes)) {
                // (no multi-line flag: a ^ holds only where the input starts, whatever follows it)
                return new Reading(Set.of(), false, true);
            } else if (c == '[') {
                Set<String> chars = plainClass(seq, i);
                int close = seq.indexOf(']', i + 1);
                if (chars == null || quantified(seq, close + 1) || (long) prefixes.size() * chars.size() > MAX_STRINGS) {
                    return new Reading(prefixes, false);
                }
                prefixes = product(prefixes, chars);
                i = close + 1;
            } else if (".[]^$|)?*+{".indexOf(c) >= 0 || quantified(seq, i + 1)) {
                return new Reading(prefixes, false);
            } else {
                prefixes = appended(prefixes, String.valueOf(c));
                i++;
            }
            atStart = false;
        }
        return new Reading(prefixes, true);
    }

    /** The alternatives of a group, each read from its start: their strings together. */
    private static Reading group(String body) {
        Set<String> strings = new LinkedHashSet<>();
        boolean complete = true;
        boolean inputStart = false;
        for (String alternative : SearchPatterns.topLevelAlternatives(body)) {
            Reading r = read(alternative, true);
            strings.addAll(r.strings);
            complete &= r.complete;
            inputStart |= r.inputStart;
        }
        return new Reading(strings, complete, inputStart);
    }

    /** The characters of a class written as a plain list ("[—–(]"), or null (a range, an escape, a negation). */
    private static Set<String> plainClass(String seq, int open) {
        int close = seq.indexOf(']', open + 1);
        if (close < 0 || close == open + 1 || seq.charAt(open + 1) == '^') {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = open + 1; i < close; i++) {
            char c = seq.charAt(i);
            if (c == '\\' || c == '[' || c == '&' || c == '-' && i > open + 1 && i < close - 1) {
                return null;
            }
            out.add(String.valueOf(c));
        }
        return out;
    }

    private static boolean onlyEmpty(Set<String> prefixes) {
        return prefixes.size() == 1 && prefixes.contains("");
    }

    /** Whether a quantifier follows at {@code i} (the element before it is optional or repeated). */
    private static boolean quantified(String seq, int i) {
        return i < seq.length() && "?*+{".indexOf(seq.charAt(i)) >= 0;
    }

    private static Set<String> appended(Set<String> prefixes, String s) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : prefixes) {
            out.add(p + s);
        }
        return out;
    }

    private static Set<String> product(Set<String> prefixes, Set<String> suffixes) {
        Set<String> out = new LinkedHashSet<>();
        for (String p : prefixes) {
            for (String s : suffixes) {
                out.add(p + s);
            }
        }
        return out;
    }

    /** Where the group opening at {@code open} closes, or -1 (escapes and classes skipped, as SearchPatterns reads them). */
    private static int closing(String s, int open) {
        int[] depths = SearchPatterns.groupDepths(s);
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == ')' && depths[i] == depths[open] - 1) {
                return i;
            }
        }
        return -1;
    }
}
