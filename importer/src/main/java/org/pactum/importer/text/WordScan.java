package org.pactum.importer.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each of a fixed set of literal words first occurs in a text, in one pass over it (an Aho-Corasick automaton):
 * {@code firstIndexes(text)[i]} is {@code text.indexOf(words.get(i))}, for every word at once.
 * Immutable once built, so it may be shared between threads.
 */
public final class WordScan {

    private final int words;
    private final int[] lengths;
    /** Each character's class: 0 for a character no word holds (back to the root), else 1 + its index in the alphabet. */
    private final char[] classOf = new char[Character.MAX_VALUE + 1];
    private final int classes;
    /** The automaton's moves: state * classes + class. */
    private final int[] next;
    /** The words ending at each state (its own and those of its suffixes), or null. */
    private final int[][] ends;

    public WordScan(List<String> words) {
        this.words = words.size();
        this.lengths = new int[words.size()];
        int alphabet = 0;
        for (String w : words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("empty word");
            }
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (classOf[c] == 0) {
                    classOf[c] = (char) ++alphabet;
                }
            }
        }
        this.classes = alphabet + 1;
        // the trie
        List<int[]> trie = new ArrayList<>();
        List<List<Integer>> out = new ArrayList<>();
        trie.add(new int[classes]);
        out.add(new ArrayList<>());
        for (int id = 0; id < words.size(); id++) {
            String w = words.get(id);
            lengths[id] = w.length();
            int s = 0;
            for (int i = 0; i < w.length(); i++) {
                int k = classOf[w.charAt(i)];
                if (trie.get(s)[k] == 0) {
                    trie.get(s)[k] = trie.size();
                    trie.add(new int[classes]);
                    out.add(new ArrayList<>());
                }
                s = trie.get(s)[k];
            }
            out.get(s).add(id);
        }
        // failure links, breadth first, turning the trie into a complete automaton
        int n = trie.size();
        int[] fail = new int[n];
        next = new int[n * classes];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 1; k < classes; k++) {
            int t = trie.get(0)[k];
            next[k] = t;
            if (t != 0) {
                fail[t] = 0;
                queue.add(t);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            out.get(s).addAll(out.get(fail[s]));
            for (int k = 1; k < classes; k++) {
                int t = trie.get(s)[k];
                if (t != 0) {
                    fail[t] = next[fail[s] * classes + k];
                    next[s * classes + k] = t;
                    queue.add(t);
                } else {
                    next[s * classes + k] = next[fail[s] * classes + k];
                }
            }
            // class 0 (a character of no word) leads back to the root: next[s * classes] stays 0
        }
        ends = new int[n][];
        for (int s = 0; s < n; s++) {
            List<Integer> o = out.get(s);
            ends[s] = o.isEmpty() ? null : o.stream().distinct().mapToInt(Integer::intValue).toArray();
        }
    }

    /** For every word, where it first occurs in {@code text} ({@link String#indexOf(String)}), or -1. */
    public int[] firstIndexes(CharSequence text) {
        int[] first = new int[words];
        Arrays.fill(first, -1);
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = next[s * classes + classOf[text.charAt(i)]];
            int[] e = ends[s];
            if (e != null) {
                for (int id : e) {
                    if (first[id] < 0) {
                        // the first end of a word is its first start: the word's length is fixed
                        first[id] = i + 1 - lengths[id];
                    }
                }
            }
        }
        return first;
    }

    /** Whether any of the words occurs in {@code text}. */
    public boolean any(CharSequence text) {
        int s = 0;
        for (int i = 0, n = text.length(); i < n; i++) {
            s = next[s * classes + classOf[text.charAt(i)]];
            if (ends[s] != null) {
                return true;
            }
        }
        return false;
    }
}
