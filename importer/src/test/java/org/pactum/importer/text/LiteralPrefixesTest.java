package org.pactum.importer.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class LiteralPrefixesTest {

    private static LiteralPrefixes.Starts only(String regex) {
        List<LiteralPrefixes.Starts> all = LiteralPrefixes.ofAlternatives(regex);
        assertEquals(1, all.size(), regex);
        return all.get(0);
    }

    private static Set<String> strings(String... s) {
        return Set.copyOf(Arrays.asList(s));
    }

    @Test
    void readsTheTextEveryMatchStartsWith() {
        assertEquals(strings("became the", "becomes the"), Set.copyOf(only("\\bbec(?:ame|omes) the\\b").strings()));
        // (an optional group: with and without it)
        assertEquals(strings("rejoin", "rejoined", "rejoins", "join", "joined", "joins"), Set.copyOf(only("\\b(?:re)?join(?:ed|s)?\\b").strings()));
        assertEquals(strings("member"), Set.copyOf(only("\\bmembers?\\b").strings()), "an optional letter ends the text");
        assertEquals(strings("u.s. "), Set.copyOf(only("u\\.s\\. [\\p{L}]+").strings()));
        assertEquals(strings("\u2014", "(", "\u2013"), Set.copyOf(only("(?<=\\p{L} )[\u2014\u2013(]\\s*").strings()));
    }

    @Test
    void passesOverWordBoundariesAndLookBehindsAndReadsALookAheadFirst() {
        assertEquals(strings("accession"), Set.copyOf(only("(?=accession\\b)(?<!\\bon |\\bthe )\\baccession\\b(?! talks)").strings()));
        assertEquals(strings("is ", "are "), Set.copyOf(only("(?=(?:is|are) )(?<=\\bof which [\\p{L} -]{1,60} )(?:is|are)").strings()));
    }

    @Test
    void readsACapturingGroupAsAGroup() {
        assertEquals(strings("treaty", "treaties", "pact"), Set.copyOf(only("\\b(treat(?:y|ies)|pacts?)\\b").strings()));
    }

    @Test
    void readsACaselessExpressionInAsciiLowerCase() {
        List<LiteralPrefixes.Starts> all = LiteralPrefixes.ofAsciiCaselessAlternatives("(?i)\\bJoint (?:Statement|declaration)|Communiqu[e\u00c9]|[a-z]+ pact");
        assertEquals(strings("joint statement", "joint declaration"), Set.copyOf(all.get(0).strings()));
        assertEquals(strings("communique", "communiqu\u00c9"), Set.copyOf(all.get(1).strings()), "only ASCII letters lowered");
        assertNull(all.get(2));
        assertNull(LiteralPrefixes.ofAsciiCaselessAlternatives("foo|bar"), "no (?i)");
        assertNull(LiteralPrefixes.ofAsciiCaselessAlternatives("(?i)foo(?-i)bar"), "another flag");
    }

    @Test
    void aCaretMeansTheInputsStart() {
        LiteralPrefixes.Starts s = only("^\\W*(?:also )?an? member\\b");
        assertEquals(Set.of(), s.strings());
        assertEquals(true, s.inputStart());
        LiteralPrefixes.Starts launched = only("(?:\\b(?:was|were) |^\\W*|, )launched\\b");
        assertEquals(strings("was ", "were ", ", "), Set.copyOf(launched.strings()));
        assertEquals(true, launched.inputStart());
    }

    @Test
    void noTextWhereAMatchMayStartAnywhere() {
        List<LiteralPrefixes.Starts> all = LiteralPrefixes.ofAlternatives("\\b[\\p{L}\\d-]+ pact|\\b(?:\\d{1,2}|two) members|foo|(?:bar)*baz|x?y");
        assertNull(all.get(0));
        assertNull(all.get(1));
        assertEquals(strings("foo"), Set.copyOf(all.get(2).strings()));
        assertNull(all.get(3));
        assertNull(all.get(4));
        assertNull(LiteralPrefixes.ofAlternatives("(?i)foo|bar"), "flags: no literal text");
    }
}
