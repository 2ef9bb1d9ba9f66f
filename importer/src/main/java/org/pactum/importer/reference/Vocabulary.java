package org.pactum.importer.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The folded words that occur in known names, each with a small int id. Lookup hashes the folded
 * characters in place (no string per word of the text), in an open-addressing table.
 */
final class Vocabulary {

    private final char[][] words;
    /** All words back to back, so that a lookup reads one array. */
    private final char[] pool;
    /**
     * Open addressing, two longs a slot: the word's hash (high half) and id + 1 (low half), 0 when empty; then where the
     * word starts in {@link #pool} (high half) and its length (low half). A probe reads one cache line of the table and then
     * the pool, where the length and offset in an array of their own had cost a third read, at another place in memory, for
     * every word of every sentence whose hash matched.
     */
    private final long[] table;
    private final int mask;

    private Vocabulary(List<String> words) {
        this.words = new char[words.size()][];
        this.pool = new char[words.stream().mapToInt(String::length).sum()];
        // (at most a quarter of the slots taken: the table is as large as when a slot was one long and at most an eighth taken)
        int size = Integer.highestOneBit(Math.max(16, words.size() * 2) - 1) << 1;
        table = new long[2 * size];
        mask = size - 1;
        int at = 0;
        for (int id = 0; id < words.size(); id++) {
            char[] w = words.get(id).toCharArray();
            this.words[id] = w;
            System.arraycopy(w, 0, pool, at, w.length);
            int h = hash(w, 0, w.length);
            int slot = mix(h) & mask;
            while (table[2 * slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[2 * slot] = ((long) h << 32) | (id + 1);
            table[2 * slot + 1] = ((long) at << 32) | w.length;
            at += w.length;
        }
    }

    static int hash(char[] chars, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + chars[i];
        }
        return h;
    }

    private static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** The id of the folded word chars[from, to) whose {@link #hash} is given, or -1. */
    int id(char[] chars, int from, int to, int hash) {
        int len = to - from;
        int slot = mix(hash) & mask;
        while (true) {
            long entry = table[2 * slot];
            if (entry == 0) {
                return -1;
            }
            if ((int) (entry >>> 32) == hash) {
                long where = table[2 * slot + 1];
                if ((int) where == len && regionEquals((int) (where >>> 32), chars, from, len)) {
                    return (int) entry - 1;
                }
            }
            slot = (slot + 1) & mask;
        }
    }

    private boolean regionEquals(int at, char[] chars, int from, int len) {
        for (int i = 0; i < len; i++) {
            if (pool[at + i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    char[] word(int id) {
        return words[id];
    }

    int size() {
        return words.length;
    }

    /** Collects words while the reference data is loaded, then freezes them. */
    static final class Builder {
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();

        int add(String folded) {
            return ids.computeIfAbsent(folded, w -> {
                words.add(w);
                return words.size() - 1;
            });
        }

        Vocabulary build() {
            return new Vocabulary(words);
        }
    }
}
