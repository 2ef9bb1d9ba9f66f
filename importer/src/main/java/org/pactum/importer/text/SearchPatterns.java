package org.pactum.importer.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
     * {@code "aoA-Z"}), which must hold every character a match can start with.
     */
    public static Pattern startingWith(String firstChars, String regex) {
        Pattern p = Pattern.compile("(?=[" + firstChars + "])(?:" + sharedWordBoundaries(regex) + ")");
        SOURCES.put(p, regex);
        return p;
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
        int depth = 0;
        int start = 0;
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (inClass) {
                inClass = c != ']';
            } else if (c == '[') {
                inClass = true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        out.add(regex.substring(start));
        return out;
    }
}
