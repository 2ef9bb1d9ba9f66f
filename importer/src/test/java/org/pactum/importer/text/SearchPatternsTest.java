package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
