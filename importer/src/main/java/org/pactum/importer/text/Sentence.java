package org.pactum.importer.text;

/**
 * A sentence of the document.
 *
 * @param index     position among the document's sentences
 * @param block     index of the block (paragraph) it belongs to
 * @param blockKind the kind of that block
 * @param start     offset into the document text
 * @param end       offset after the last character
 * @param text      exactly the document text between start and end
 */
public record Sentence(int index, int block, Block.Kind blockKind, int start, int end, String text) {

    /** The document offset of a position inside this sentence's text. */
    public int offset(int local) {
        return start + local;
    }

    public boolean isStatement() {
        return blockKind != Block.Kind.HEADING;
    }
}
