package org.pactum.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Regular expressions compiled for fast {@code find()}: java.util.regex tries the whole pattern at every position
 * of the text, and a leading {@code \b} tried once per alternative, or a long alternation, is costly at each one.
 * {@link #startingWith} puts a one-character test in front (most positions fail it at once) and tests a word
 * boundary shared by neighbouring alternatives only once. The matches are exactly those of the regular expression
 * as written; GuardedPatternsTest checks every such pattern of the importer against the seed articles.
 */
public final class SearchPatterns {

    /** Each pattern made here, with the regular expression it was made from (for tests and diagnostics). */
    private static final Map<Pattern, String> SOURCES = new ConcurrentHashMap<>();

    private SearchPatterns() {
    }

    /**
     * {@code regex}, searched only where the text has one of {@code firstChars} (a character class body such as
     * {@code "aoA-Z"}), which must hold every character a match can start with, except where a {@code ^} in
     * {@code regex} holds (there any character passes).
     */
    public static Pattern startingWith(String firstChars, String regex) {
        checkGuard(firstChars, regex);
        String guard = "(?=[" + firstChars + "])";
        Pattern p = Pattern.compile((hasCaret(regex) ? "(?:^|" + guard + ")" : guard) + "(?:" + sharedWordBoundaries(regex) + ")");
        SOURCES.put(p, regex);
        return p;
    }

    /**
     * Fails at once when an alternative plainly starts with a letter the guard leaves out ("\\bfoo|\\bbar" guarded by
     * "f"), the likely slip when an alternative is added to a rule. Other shapes are left to GuardedPatternsTest.
     */
    static void checkGuard(String firstChars, String regex) {
        Pattern guard = Pattern.compile("[" + firstChars + "]");
        boolean caseless = regex.startsWith("(?i)");
        for (char c : plainFirstLetters(caseless ? regex.substring(4) : regex)) {
            boolean ascii = c < 128;
            for (char v : new char[] {c, caseless && ascii ? Character.toUpperCase(c) : c, caseless && ascii ? Character.toLowerCase(c) : c}) {
                if (!guard.matcher(String.valueOf(v)).matches()) {
                    throw new IllegalArgumentException("the guard [" + firstChars + "] leaves out '" + v + "', a first letter of: " + regex);
                }
            }
        }
    }

    /**
     * The first letters of the alternatives that start, after word boundaries, with a letter (not made optional) or
     * with a non-capturing group of such alternatives.
     */
    static Set<Character> plainFirstLetters(String regex) {
        Set<Character> out = new TreeSet<>();
        for (String alternative : topLevelAlternatives(regex)) {
            String a = alternative;
            while (a.startsWith("\\b")) {
                a = a.substring(2);
            }
            if (a.isEmpty()) {
                continue;
            }
            if (Character.isLetter(a.charAt(0))) {
                if (a.length() == 1 || "?*{".indexOf(a.charAt(1)) < 0) {
                    out.add(a.charAt(0));
                }
            } else if (a.startsWith("(?:")) {
                int close = closingParenthesis(a);
                if (close > 0 && (close + 1 == a.length() || "?*{".indexOf(a.charAt(close + 1)) < 0)) {
                    out.addAll(plainFirstLetters(a.substring(3, close)));
                }
            }
        }
        return out;
    }

    /** Where the group opening {@code s} closes, or -1. */
    private static int closingParenthesis(String s) {
        int[] depth = groupDepths(s);
        for (int i = 1; i < s.length(); i++) {
            if (depth[i] == 0 && s.charAt(i) == ')') {
                return i;
            }
        }
        return -1;
    }

    /**
     * The group depth after each character of {@code regex} that is a structural '(', ')' or '|', and -1 for every
     * other character (escaped characters and character classes are never structural).
     */
    static int[] groupDepths(String regex) {
        int[] out = new int[regex.length()];
        java.util.Arrays.fill(out, -1);
        int depth = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(' || c == ')' || c == '|') {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                out[i] = depth;
            }
        }
        return out;
    }

    /** A {@code ^} anchor anywhere in {@code regex} (not a negated class, not an escaped caret). */
    private static boolean hasCaret(String regex) {
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '^' && (i == 0 || regex.charAt(i - 1) != '[' && regex.charAt(i - 1) != '\\')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Some of the alternatives of {@code p}'s regular expression ({@code alternatives}, joined by '|'), behind the same
     * guard as {@code p}: at each position they match as they would inside {@code p}. Null when {@code p} was not made
     * by {@link #startingWith}.
     */
    static Pattern withSameGuard(Pattern p, String alternatives) {
        String source = SOURCES.get(p);
        String body = "(?:" + sharedWordBoundaries(source == null ? "" : source) + ")";
        if (source == null || !p.pattern().endsWith(body)) {
            return null;
        }
        String guard = p.pattern().substring(0, p.pattern().length() - body.length());
        return Pattern.compile(guard + "(?:" + sharedWordBoundaries(alternatives) + ")");
    }

    /** The regular expression {@code p} was made from by {@link #startingWith}, or null. */
    public static String sourceOf(Pattern p) {
        return SOURCES.get(p);
    }

    /**
     * "\bfoo|\bbar|'s|\bbaz" becomes "\b(?:foo|bar)|'s|\bbaz": at a given position the same alternatives are tried in
     * the same order, so the first one to match (and the match) is the same, with one boundary test for the run.
     */
    static String sharedWordBoundaries(String regex) {
        List<String> alternatives = topLevelAlternatives(regex);
        StringBuilder out = new StringBuilder(regex.length() + 16);
        int i = 0;
        while (i < alternatives.size()) {
            int j = i;
            while (j < alternatives.size() && alternatives.get(j).startsWith("\\b")) {
                j++;
            }
            if (j - i >= 2) {
                out.append(i > 0 ? "|" : "").append("\\b(?:");
                for (int k = i; k < j; k++) {
                    out.append(k > i ? "|" : "").append(alternatives.get(k).substring(2));
                }
                out.append(')');
                i = j;
            } else {
                out.append(i > 0 ? "|" : "").append(alternatives.get(i));
                i++;
            }
        }
        return out.toString();
    }

    /** The alternatives of the outermost alternation (escapes, character classes and groups skipped over). */
    static List<String> topLevelAlternatives(String regex) {
        List<String> out = new ArrayList<>();
        int[] depth = groupDepths(regex);
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (depth[i] == 0 && regex.charAt(i) == '|') {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
