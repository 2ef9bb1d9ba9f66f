package org.pactum.importer.reference;

import java.util.Arrays;

/**
 * The words of one text: original offsets, folded characters, whether punctuation that ends a name
 * precedes them, and their id in the vocabulary of known name words (-1 when unknown).
 * Built per call (no shared mutable state), with primitive arrays only.
 */
final class Tokens {

    static final byte SOFT = 0;
    static final byte HARD = 1;
    /** One comma and nothing else that ends a name: names like "Bonaire, Sint Eustatius and Saba" run across it. */
    static final byte COMMA = 2;

    private final CharSequence text;
    private int count;
    private int[] start;
    private int[] end;
    private int[] foldStart;
    private int[] foldEnd;
    private int[] ids;
    /** What separates a word from the previous one: {@link #SOFT}, {@link #HARD} or {@link #COMMA}. */
    private byte[] gapBefore;
    private char[] folded;
    private int foldLength;

    private Tokens(CharSequence text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        foldStart = new int[capacity];
        foldEnd = new int[capacity];
        ids = new int[capacity];
        gapBefore = new byte[capacity];
        folded = new char[text.length() + 16]; // folding rarely lengthens a word (\u00df to ss)
    }

    /** Splits and folds a text; looks each word up in the vocabulary when one is given. */
    static Tokens of(CharSequence text, Vocabulary vocabulary) {
        int n = text.length();
        char[] chars = new char[n];
        if (text instanceof String string) {
            string.getChars(0, n, chars, 0);
        } else {
            for (int j = 0; j < n; j++) {
                chars[j] = text.charAt(j);
            }
        }
        Tokens tokens = new Tokens(text, Math.max(8, n / 4));
        byte hard = SOFT;
        int lastEnd = -1;
        int i = 0;
        while (i < n) {
            char c = chars[i];
            byte cls = TextFolding.charClass(c);
            if (cls != TextFolding.LETTER && cls != TextFolding.DIGIT) {
                if (c == '+' && i == lastEnd) {
                    // "OPEC+" is not "OPEC": a '+' glued to a word is a word of its own
                    int fs = tokens.foldLength;
                    tokens.appendFolded('+');
                    tokens.add(i, i + 1, fs, hard, vocabulary, '+');
                    hard = SOFT;
                    lastEnd = i + 1;
                } else if (cls == TextFolding.BREAK) {
                    hard = c == ',' && hard == SOFT ? COMMA : HARD;
                }
                i++;
                continue;
            }
            int begin = i;
            int fs = tokens.foldLength;
            int hash = 0;
            while (i < n) {
                char ch = chars[i];
                byte k = TextFolding.charClass(ch);
                if (k == TextFolding.MARK) {
                    i++;
                    continue;
                }
                if (k != cls) {
                    break;
                }
                char f = TextFolding.single(ch);
                if (f != 0) {
                    tokens.appendFolded(f);
                    hash = 31 * hash + f;
                } else {
                    String x = TextFolding.expansion(ch);
                    for (int j = 0; j < x.length(); j++) {
                        tokens.appendFolded(x.charAt(j));
                        hash = 31 * hash + x.charAt(j);
                    }
                }
                i++;
            }
            if (isPossessiveS(text, begin, i, cls)) {
                tokens.foldLength = fs; // "Azerbaijan's": the 's is not a word
                continue;
            }
            tokens.add(begin, i, fs, hard, vocabulary, hash);
            hard = SOFT;
            lastEnd = i;
        }
        return tokens;
    }

    private static boolean isPossessiveS(CharSequence text, int begin, int end, byte cls) {
        if (cls != TextFolding.LETTER || end - begin != 1 || begin < 2) {
            return false;
        }
        char s = text.charAt(begin);
        return (s == 's' || s == 'S') && TextFolding.isApostrophe(text.charAt(begin - 1))
                && TextFolding.charClass(text.charAt(begin - 2)) != TextFolding.OTHER;
    }

    private void appendFolded(char c) {
        if (foldLength == folded.length) {
            folded = Arrays.copyOf(folded, folded.length * 2 + 16);
        }
        folded[foldLength++] = c;
    }

    private void add(int s, int e, int fs, byte gap, Vocabulary vocabulary, int hash) {
        if (count == start.length) {
            int cap = count * 2;
            start = Arrays.copyOf(start, cap);
            end = Arrays.copyOf(end, cap);
            foldStart = Arrays.copyOf(foldStart, cap);
            foldEnd = Arrays.copyOf(foldEnd, cap);
            ids = Arrays.copyOf(ids, cap);
            gapBefore = Arrays.copyOf(gapBefore, cap);
        }
        start[count] = s;
        end[count] = e;
        foldStart[count] = fs;
        foldEnd[count] = foldLength;
        gapBefore[count] = gap;
        ids[count] = vocabulary == null ? -1 : vocabulary.id(folded, fs, foldLength, hash);
        count++;
    }

    int count() {
        return count;
    }

    CharSequence text() {
        return text;
    }

    int start(int t) {
        return start[t];
    }

    int end(int t) {
        return end[t];
    }

    int id(int t) {
        return ids[t];
    }

    boolean commaBefore(int t) {
        return gapBefore[t] == COMMA;
    }

    boolean hardBefore(int t) {
        return gapBefore[t] != SOFT;
    }

    int foldedLength(int t) {
        return foldEnd[t] - foldStart[t];
    }

    char[] foldedChars() {
        return folded;
    }

    int foldStart(int t) {
        return foldStart[t];
    }

    String folded(int t) {
        return new String(folded, foldStart[t], foldEnd[t] - foldStart[t]);
    }

    String surface(int t) {
        return text.subSequence(start[t], end[t]).toString();
    }

    boolean capitalized(int t) {
        return Character.isUpperCase(text.charAt(start[t]));
    }

    /** Whether a letter of the word is upper case ("Turkey", "eSwatini", "TURKEY"). */
    boolean hasUpperCase(int t) {
        for (int i = start[t]; i < end[t]; i++) {
            if (Character.isUpperCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether only dashes (and spaces around them) separate the word from the previous one: "Kars-Igdir", "A — B". */
    boolean dashBefore(int t) {
        if (t == 0) {
            return false;
        }
        boolean dash = false;
        for (int i = end[t - 1]; i < start[t]; i++) {
            char c = text.charAt(i);
            if (c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212') {
                dash = true;
            } else if (c != ' ' && c != '\u00a0') {
                return false;
            }
        }
        return dash;
    }

    /** Whether the word is an acronym in parentheses of its own: "(UAP)", "(TAP)". */
    boolean isParenthesizedAcronym(int t) {
        int s = start[t];
        int e = end[t];
        if (s == 0 || e >= text.length() || text.charAt(s - 1) != '(' || text.charAt(e) != ')' || e - s > 8) {
            return false;
        }
        for (int i = s; i < e; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word is exactly {@code expected} as written (case and all). */
    boolean surfaceEquals(int t, String expected) {
        int s = start[t];
        int len = end[t] - s;
        if (len != expected.length()) {
            return false;
        }
        for (int j = 0; j < len; j++) {
            if (text.charAt(s + j) != expected.charAt(j)) {
                return false;
            }
        }
        return true;
    }
}
