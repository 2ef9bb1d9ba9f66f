package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class SearchPatternsTest {

    @Test
    void neighbouringAlternativesShareOneWordBoundary() {
        assertEquals("\\b(?:foo|bar)|'s|\\bbaz", SearchPatterns.sharedWordBoundaries("\\bfoo|\\bbar|'s|\\bbaz"));
        assertEquals("[|]|\\b(?:a|b(?:c|d))", SearchPatterns.sharedWordBoundaries("[|]|\\ba|\\bb(?:c|d)"));
    }

    @Test
    void aSingleAlternativeOrAnEscapedBarIsLeftAsWritten() {
        assertEquals("(?i)\\b(a|b)\\b", SearchPatterns.sharedWordBoundaries("(?i)\\b(a|b)\\b"));
        assertEquals("\\ba\\|\\bb", SearchPatterns.sharedWordBoundaries("\\ba\\|\\bb"));
        assertEquals(List.of("a", "[(|]", "(b|c)"), SearchPatterns.topLevelAlternatives("a|[(|]|(b|c)"));
    }

    @Test
    void theSourceIsKept() {
        var p = SearchPatterns.startingWith("ab", "\\ba|\\bb");
        assertEquals("\\ba|\\bb", SearchPatterns.sourceOf(p));
        assertEquals("(?=[ab])(?:\\b(?:a|b))", p.pattern());
    }

    @Test
    void aGuardLeavingOutAPlainFirstLetterIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SearchPatterns.startingWith("f", "\\bfoo|\\bbar"));
        assertThrows(IllegalArgumentException.class, () -> SearchPatterns.startingWith("f", "(?i)\\bfoo"));
        assertThrows(IllegalArgumentException.class, () -> SearchPatterns.startingWith("ab", "\\b(?:a|(?:b|c))x"));
        SearchPatterns.startingWith("fF", "(?i)\\bfoo");
        SearchPatterns.startingWith("b", "\\b(?:a)?b|'s"); // an optional first group is not checked, nor "'s"
    }

    @Test
    void aCaretAlternativeMayMatchAtTheStartWhateverStandsThere() {
        var p = SearchPatterns.startingWith("f", "^\\W*an? member|\\bfellow");
        assertEquals("(?:^|(?=[f]))(?:^\\W*an? member|\\bfellow)", p.pattern());
        assertEquals(true, p.matcher(", a member").lookingAt());
        assertEquals(false, p.matcher("x, a member").find());
        assertEquals(true, p.matcher("x, fellow").find());
    }
}
