package org.pactum.importer.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns blocks (one per line, so header lines and section titles never glue to the next sentence)
 * into sentences with offsets into the document text. Thread-safe.
 */
public final class Segmenter {

    private final SentenceSplitter splitter;

    public Segmenter(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    public List<Sentence> sentences(String text, List<Block> blocks) {
        List<Sentence> out = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            String para = text.substring(block.start(), block.end());
            if (block.kind() != Block.Kind.PARAGRAPH) {
                out.add(new Sentence(out.size(), b, block.kind(), block.start(), block.end(), para));
                continue;
            }
            for (Span s : splitter.split(para)) {
                int start = block.start() + s.start();
                int end = block.start() + s.end();
                out.add(new Sentence(out.size(), b, block.kind(), start, end, text.substring(start, end)));
            }
        }
        return out;
    }
}
