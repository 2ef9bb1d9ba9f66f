package org.pactum.importer.text;

import java.util.regex.Pattern;

/**
 * Lines of a list of documents, as news prints them after "the following documents were signed:": bulleted or
 * numbered ("– Memorandum ...", "4. Protocol ..."), or bare lines that name a document and state nothing ("A land
 * allocation agreement on ...", "Memoranda of understanding on ..."). One source for the extractors and the merger.
 */
public final class ListLines {

    /** "– Memorandum ...", "• Agreement ...", "4. Protocol ...": a bullet or a number, then the item. */
    public static final Pattern BULLET = Pattern.compile("^\\s*(?:[\u2013\u2014\u2022*\\-]|\\d{1,2}[.)])\\s+");

    /** A line that opens with a document's name and has no verb of its own. */
    // (a name in quotes may be followed by who signed it: "“Memorandum of Understanding on ...” - signed by the ministers")
    public static final Pattern BARE_ITEM = Pattern.compile("\\s*(?:[\u201c\"\u00ab](?=[^\u201d\"\u00bb]{5,300}[\u201d\"\u00bb]\\s*(?:[;,.]?\\s*$|[-\u2013\u2014]\\s*signed\\b)))?(?:(?:A|An|The)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?i:memorand\\w*|mous?|agreements?"
            + "|protocols?|contracts?|programm?es?|plans?|road ?maps?|declarations?|statements?|communiqu\\w*|concepts?|agendas?|minutes|treaty|treaties"
            + "|conventions?|charters?|letters? of intent)\\b"
            + "(?![^.;:\u201d\"\u00bb]{0,200}\\b(?:was|were|is|are|has|have|had|will|would|entered|enters|came|comes|took|takes|signed|signs"
            + "|said|says|became|becomes|went|goes|expired|expires|remains|remained)\\b)");

    private ListLines() {
    }

    /** True when {@code line} is an item of a list of documents, bulleted or bare. */
    public static boolean isItem(String line) {
        return BULLET.matcher(line).lookingAt() || BARE_ITEM.matcher(line).lookingAt() && !line.strip().endsWith(":");
    }
}
