package org.pactum.importer.extract;

import java.util.regex.Pattern;

import org.pactum.importer.text.Regions;

/** What may stand between two items of one list of states or organizations (one definition for every rule). */
final class Gaps {

    /** ", ", " and ", ", and the ", " & ", or nothing but spaces. */
    static final Pattern LIST = Pattern.compile("\\s*,?\\s*(?:and|&)?\\s*(?:the\\s+)?");

    private Gaps() {
    }

    /** {@code text[from, to)} is a list gap. */
    static boolean isListGap(String text, int from, int to) {
        return Regions.matches(LIST, text, from, to);
    }
}
