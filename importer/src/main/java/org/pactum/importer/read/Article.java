package org.pactum.importer.read;

import java.time.LocalDate;
import java.util.List;

import org.pactum.importer.text.Block;
import org.pactum.model.EdtfDate;

/**
 * An article as read: the full text (offsets of everything refer to it), its header fields and its
 * content blocks (page residue left out).
 *
 * @param text         the document text, exactly as given
 * @param title        the headline, or null for plain paragraphs
 * @param outlet       the outlet line, or null
 * @param published    the publication date at the precision known, or null
 * @param referenceDay the day relative dates are judged against ("on Monday", tense), or null
 * @param blocks       headline, headings and paragraphs in text order
 */
public record Article(String text, String title, String outlet, EdtfDate published, LocalDate referenceDay,
        List<Block> blocks) {

    public Article {
        blocks = List.copyOf(blocks);
    }
}
