package org.pactum.importer.reference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word-level trie over the folded words of every alias. Transitions live in one open-addressing table
 * keyed by (state, word id); each state also lists its children for the approximate (misspelling) step.
 */
final class AliasTrie {

    static final int ROOT = 0;

    private final long[] keys;
    private final int[] values;
    private final int mask;
    private final int[][] childWords;
    private final int[][] childStates;
    private final AliasEntry[][] entries;
    /** The state after each word at the root (most lookups start there), or -1: an array read, not a probe. */
    private final int[] fromRoot;

    private AliasTrie(Map<Long, Integer> transitions, List<List<AliasEntry>> entryLists) {
        int size = Integer.highestOneBit(Math.max(16, transitions.size() * 3) - 1) << 1;
        keys = new long[size];
        values = new int[size];
        Arrays.fill(keys, -1L);
        mask = size - 1;
        int states = entryLists.size();
        List<List<int[]>> children = new ArrayList<>(states);
        for (int s = 0; s < states; s++) {
            children.add(new ArrayList<>());
        }
        for (Map.Entry<Long, Integer> t : transitions.entrySet()) {
            long key = t.getKey();
            int slot = slot(key);
            while (keys[slot] != -1L) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = t.getValue();
            children.get((int) (key >>> 32)).add(new int[] {(int) key, t.getValue()});
        }
        int maxWord = -1;
        for (long key : transitions.keySet()) {
            maxWord = Math.max(maxWord, (int) key);
        }
        fromRoot = new int[maxWord + 1];
        Arrays.fill(fromRoot, -1);
        for (Map.Entry<Long, Integer> t : transitions.entrySet()) {
            if ((int) (t.getKey() >>> 32) == ROOT) {
                fromRoot[(int) (long) t.getKey()] = t.getValue();
            }
        }
        childWords = new int[states][];
        childStates = new int[states][];
        entries = new AliasEntry[states][];
        for (int s = 0; s < states; s++) {
            List<int[]> c = children.get(s);
            childWords[s] = c.stream().mapToInt(x -> x[0]).toArray();
            childStates[s] = c.stream().mapToInt(x -> x[1]).toArray();
            List<AliasEntry> e = entryLists.get(s);
            entries[s] = e.isEmpty() ? null : e.toArray(new AliasEntry[0]);
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The state after reading word {@code wordId} in {@code state}, or -1. */
    int next(int state, int wordId) {
        if (state == ROOT) {
            return wordId < fromRoot.length ? fromRoot[wordId] : -1;
        }
        long key = ((long) state << 32) | (wordId & 0xffffffffL);
        int slot = slot(key);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == -1L) {
                return -1;
            }
            slot = (slot + 1) & mask;
        }
    }

    int[] childWords(int state) {
        return childWords[state];
    }

    int[] childStates(int state) {
        return childStates[state];
    }

    /** The aliases that end in this state, or null. */
    AliasEntry[] entries(int state) {
        return entries[state];
    }

    int stateCount() {
        return entries.length;
    }

    /** Adds word-id sequences one by one, then freezes. */
    static final class Builder {
        private final Map<Long, Integer> transitions = new HashMap<>();
        private final List<List<AliasEntry>> entries = new ArrayList<>(List.of(new ArrayList<>()));

        void add(int[] wordIds, AliasEntry entry) {
            int state = ROOT;
            for (int w : wordIds) {
                long key = ((long) state << 32) | (w & 0xffffffffL);
                Integer next = transitions.get(key);
                if (next == null) {
                    next = entries.size();
                    entries.add(new ArrayList<>());
                    transitions.put(key, next);
                }
                state = next;
            }
            List<AliasEntry> here = entries.get(state);
            for (int i = 0; i < here.size(); i++) {
                AliasEntry e = here.get(i);
                if (e.type() == entry.type() && e.code().equals(entry.code()) && e.exactCase() == entry.exactCase()
                        && (!e.exactCase() || Arrays.equals(e.surface(), entry.surface()))) {
                    // the same name twice (a name listed also as an alias): keep the first form, and any
                    // spelling without a capital ("eSwatini") lifts the need for one
                    if (e.capital() && !entry.capital()) {
                        here.set(i, new AliasEntry(e.type(), e.code(), e.name(), e.country(), e.form(), e.surface(),
                                e.exactCase(), false, e.shared(), e.rank()));
                    }
                    return;
                }
            }
            here.add(entry);
        }

        AliasTrie build() {
            return new AliasTrie(transitions, entries);
        }
    }
}
