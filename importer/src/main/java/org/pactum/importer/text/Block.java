package org.pactum.importer.text;

/**
 * A line-level unit of the article body.
 *
 * @param start offset of the first character in the document text
 * @param end   offset after the last non-blank character
 * @param kind  what the line is
 */
public record Block(int start, int end, Kind kind) {

    public enum Kind {
        /** The article's title line. */
        HEADLINE,
        /** A section title inside the body ("01 Azerbaijan-US Relations: ..."): context, not statements. */
        HEADING,
        /** A paragraph of running text (or a bullet line). */
        PARAGRAPH
    }
}
