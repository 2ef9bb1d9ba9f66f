package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class PrefixedSearchesTest {

    /** Alternatives of every shape the reader knows, and some it does not (searched anywhere). */
    private static final List<Pattern> PATTERNS = List.of(
            SearchPatterns.startingWith("abj", "\\b(?:re)?join(?:ed|s)?\\b|\\bab(?:a|ab)?\\b|(?=ba )(?<!\\bj )ba\\b"),
            SearchPatterns.startingWith("ab,", "(?:\\ba |^\\W*|, )ab\\b|\\bb[ab]+ a\\b"),
            SearchPatterns.startingWith("ajb", "\\ba\\b(?= b)|\\bjoin|\\bj(?:a|b) a|\\ba b\\b"),
            SearchPatterns.startingWith("-(", "(?<=\\p{L} )[-(]\\s*(?=a)"),
            Pattern.compile("ab+a")); // not made by startingWith: searched plainly

    @Test
    void findsWhatFindFinds() {
        PrefixedSearches searches = PrefixedSearches.of(PATTERNS);
        assertTrue(searches.readsPrefixes(0));
        assertTrue(searches.readsPrefixes(3));
        assertFalse(searches.readsPrefixes(4));
        String[] pieces = {"a", "b", "ab", "ba", "join", "rejoin", "joined", "joins", " ", " ", ", ", "j", "-", "(", ". "};
        assertFindsWhatFindFinds(searches, PATTERNS, pieces, 12, new Random(24));
    }

    @Test
    void findsWhatFindFindsWhenPrefixesAreLongerThanTheirCut() {
        // prefixes of up to 40 characters, looked for by their first PREFIX_LENGTH: places where the cut one stands but the
        // whole one does not must be passed over
        List<Pattern> patterns = List.of(
                SearchPatterns.startingWith("s", "\\bsubmitted (?:its|their) (?:official |formal )?membership application\\b|\\bsubmarine cable\\b"),
                SearchPatterns.startingWith("sm", "\\bsubmitted (?:its|their) bid\\b|\\bmembership (?:application|bid)s?\\b"));
        PrefixedSearches searches = PrefixedSearches.of(patterns);
        assertTrue(searches.readsPrefixes(0));
        assertTrue(searches.readsPrefixes(1));
        String[] pieces = {"submitted ", "submit", "its ", "their ", "official ", "formal ", "membership ", "application", "bid",
            "s", "submarine ", "cable", " ", ", "};
        assertFindsWhatFindFinds(searches, patterns, pieces, 10, new Random(25));
        String text = "it submitted their bid, then submitted their official membership application";
        assertArrayEquals(new int[] {3, 22}, searches.find(1, text, 0, searches.startsIn(text)));
        assertArrayEquals(new int[] {29, text.length()}, searches.find(0, text, 0, searches.startsIn(text)));
    }

    @Test
    void findsWhatFindFindsForACaselessPattern() {
        List<Pattern> patterns = List.of(
                SearchPatterns.startingWith("tTpPjJ", "(?i)\\b(treat(?:y|ies)|pacts?|joint (?:statement|declaration))\\b"),
                SearchPatterns.startingWith("Ab", "\\bAb\\b|\\bba\\b"));
        PrefixedSearches searches = PrefixedSearches.of(patterns);
        assertTrue(searches.readsPrefixes(0));
        assertTrue(searches.readsPrefixes(1));
        String[] pieces = {"treaty", "TREATY", "Treaties", "treatY", "pact", "PACTS", "joint ", "Joint ", "statement", "DECLARATION",
            "ab", "Ab", "AB", "ba", "BA", " ", ", ", "x"};
        assertFindsWhatFindFinds(searches, patterns, pieces, 10, new Random(27));
    }

    /** 20,000 random texts of up to {@code maxPieces} pieces: each pattern found where Matcher.find() finds it, from 0 and from a random start. */
    private static void assertFindsWhatFindFinds(PrefixedSearches searches, List<Pattern> patterns, String[] pieces, int maxPieces, Random random) {
        for (int round = 0; round < 20_000; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(maxPieces); k > 0; k--) {
                b.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = b.toString();
            long[] starts = searches.startsIn(text);
            for (int i = 0; i < patterns.size(); i++) {
                int from = text.isEmpty() ? 0 : random.nextInt(text.length() + 1);
                for (int f : new int[] {0, from}) {
                    assertArrayEquals(find(patterns.get(i), text, f), searches.find(i, text, f, starts), i + " from " + f + " in '" + text + "'");
                }
            }
        }
    }

    private static int[] find(Pattern p, String text, int from) {
        Matcher m = p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return m.find() ? new int[] {m.start(), m.end()} : null;
    }
}
