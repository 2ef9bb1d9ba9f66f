package org.pactum.importer.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixed set of words (any strings: "left the", " member", ":") found in a text in one pass over its characters
 * (Aho-Corasick, compiled to a table of state transitions): where each word first starts, or whether any is there.
 * It replaces one {@link String#indexOf(String)} per word, which scanned the text once for each.
 */
public final class MultiWordMatcher {

    /** The initial state. */
    private static final int ROOT = 0;

    private final List<String> words;
    private final Map<String, Integer> ids;
    /** Each character's class: 0 for characters in no word (they lead back to the root), else 1 + its index. */
    private final char[] classOf;
    private final int classes;
    /**
     * The next state: {@code next[row + class]}, where a state's row is {@code state * classes}; a state where words end is
     * stored as {@code ~row}, so that the scan tests the sign instead of loading {@link #ending} at each character.
     */
    private final int[] next;
    /** The ids of the words ending in each state (itself and by its suffixes), or null. */
    private final int[][] ending;
    private final int[] lengths;

    private MultiWordMatcher(List<String> words, boolean asciiCaseless) {
        this.words = List.copyOf(words);
        this.ids = new LinkedHashMap<>();
        for (String w : this.words) {
            if (w.isEmpty()) {
                throw new IllegalArgumentException("an empty word is everywhere");
            }
            if (ids.putIfAbsent(w, ids.size()) != null) {
                throw new IllegalArgumentException("twice: " + w);
            }
        }
        lengths = this.words.stream().mapToInt(String::length).toArray();
        classOf = new char[Character.MAX_VALUE + 1];
        int c = 1;
        for (String w : this.words) {
            for (int i = 0; i < w.length(); i++) {
                if (classOf[w.charAt(i)] == 0) {
                    classOf[w.charAt(i)] = (char) c++;
                }
            }
        }
        classes = c;
        if (asciiCaseless) {
            // an upper-case ASCII letter reads as its lower-case one: the text is matched as if folded, without a folded copy
            for (char upper = 'A'; upper <= 'Z'; upper++) {
                if (classOf[upper] != 0) {
                    throw new IllegalArgumentException("an upper-case ASCII letter in a caseless word: " + upper);
                }
                classOf[upper] = classOf[Character.toLowerCase(upper)];
            }
        }

        // the trie of the words
        List<int[]> children = new ArrayList<>();
        List<List<Integer>> own = new ArrayList<>();
        children.add(new int[classes]);
        own.add(new ArrayList<>());
        for (int id = 0; id < this.words.size(); id++) {
            String w = this.words.get(id);
            int s = ROOT;
            for (int i = 0; i < w.length(); i++) {
                int k = classOf[w.charAt(i)];
                if (children.get(s)[k] == 0) {
                    children.get(s)[k] = children.size();
                    children.add(new int[classes]);
                    own.add(new ArrayList<>());
                }
                s = children.get(s)[k];
            }
            own.get(s).add(id);
        }

        renumberBreadthFirst(children, own);

        // breadth first: each state's missing transitions are those of its longest proper suffix state
        int states = children.size();
        next = new int[states * classes];
        ending = new int[states][];
        int[] suffix = new int[states];
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int k = 0; k < classes; k++) {
            int child = children.get(ROOT)[k];
            next[ROOT * classes + k] = child;
            if (child != 0) {
                suffix[child] = ROOT;
                queue.add(child);
            }
        }
        while (!queue.isEmpty()) {
            int s = queue.poll();
            List<Integer> out = new ArrayList<>(own.get(s));
            int[] inherited = ending[suffix[s]];
            if (inherited != null) {
                for (int id : inherited) {
                    out.add(id);
                }
            }
            ending[s] = out.isEmpty() ? null : out.stream().mapToInt(Integer::intValue).toArray();
            for (int k = 0; k < classes; k++) {
                int child = children.get(s)[k];
                if (child != 0) {
                    suffix[child] = next[suffix[s] * classes + k];
                    next[s * classes + k] = child;
                    queue.add(child);
                } else {
                    next[s * classes + k] = next[suffix[s] * classes + k];
                }
            }
        }
        for (int i = 0; i < next.length; i++) {
            int row = next[i] * classes;
            next[i] = ending[next[i]] == null ? row : ~row;
        }
    }

    /**
     * Numbers the trie's states breadth first, the root first, so that the shallow states, where a scan of ordinary text
     * spends nearly all its time, have the first rows of the transition table, side by side: numbered as the words were
     * added, they were spread over the whole table, and a scan that started with it out of the cache missed at most
     * characters.
     */
    private static void renumberBreadthFirst(List<int[]> children, List<List<Integer>> own) {
        int states = children.size();
        int[] order = new int[states];
        int[] number = new int[states];
        int count = 1;
        for (int head = 0; head < count; head++) {
            for (int child : children.get(order[head])) {
                if (child != 0) {
                    number[child] = count;
                    order[count++] = child;
                }
            }
        }
        List<int[]> renumbered = new ArrayList<>(states);
        List<List<Integer>> renumberedOwn = new ArrayList<>(states);
        for (int n = 0; n < states; n++) {
            int[] row = children.get(order[n]).clone();
            for (int k = 0; k < row.length; k++) {
                row[k] = row[k] == 0 ? 0 : number[row[k]];
            }
            renumbered.add(row);
            renumberedOwn.add(own.get(order[n]));
        }
        children.clear();
        children.addAll(renumbered);
        own.clear();
        own.addAll(renumberedOwn);
    }

    /** A matcher of {@code words} (distinct, none empty); a word's id is its index in the list. */
    public static MultiWordMatcher of(List<String> words) {
        return new MultiWordMatcher(words, false);
    }

    /**
     * A matcher of {@code words} (no ASCII upper-case letters in them) that finds them whatever the case of the ASCII letters
     * in the text, as a {@code (?i)} expression without UNICODE_CASE compares: "Treaty" and "TREATY" hold "treaty"; other
     * characters only as written.
     */
    public static MultiWordMatcher asciiCaseless(List<String> words) {
        return new MultiWordMatcher(words, true);
    }

    public int size() {
        return words.size();
    }

    /** The id of {@code word}, one of the matcher's. */
    public int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            throw new IllegalArgumentException("not a word of the matcher: " + word);
        }
        return id;
    }

    /** Where each word first starts in {@code text} (what {@code text.indexOf(word)} gives), indexed by id. */
    public int[] firstStarts(CharSequence text) {
        int[] first = new int[words.size()];
        Arrays.fill(first, -1);
        int row = ROOT;
        for (int i = 0; i < text.length(); i++) {
            row = next[row + classOf[text.charAt(i)]];
            if (row < 0) {
                row = ~row;
                for (int id : ending[row / classes]) {
                    if (first[id] < 0) {
                        first[id] = i + 1 - lengths[id];
                    }
                }
            }
        }
        return first;
    }

    /**
     * For each position of {@code text}, the tags of the words that start there, OR-ed: {@code tags[id]} is word id's
     * (bits standing for what the caller looks for with it).
     */
    public long[] startTags(CharSequence text, long[] tags) {
        long[] out = new long[text.length()];
        int row = ROOT;
        for (int i = 0; i < text.length(); i++) {
            row = next[row + classOf[text.charAt(i)]];
            if (row < 0) {
                row = ~row;
                for (int id : ending[row / classes]) {
                    out[i + 1 - lengths[id]] |= tags[id];
                }
            }
        }
        return out;
    }

    /** True when {@code text} holds one of the words. */
    public boolean containsAny(CharSequence text) {
        int row = ROOT;
        for (int i = 0; i < text.length(); i++) {
            row = next[row + classOf[text.charAt(i)]];
            if (row < 0) {
                return true;
            }
        }
        return false;
    }
}
