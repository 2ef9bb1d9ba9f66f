package org.pactum.importer.text;

/**
 * The pairs of neighbouring characters a text holds, hashed into 4,096 bits: a word whose first two characters are not
 * among them is not in the text. One pass over the text answers "is it there?" for many words at a bit test each, where
 * {@link String#indexOf(String)} would scan the whole text for each absent word.
 */
public final class CharPairs {

    private final long[] bits = new long[64];

    private CharPairs() {
    }

    public static CharPairs of(String text) {
        CharPairs pairs = new CharPairs();
        for (int i = 0; i + 1 < text.length(); i++) {
            int h = hash(text.charAt(i), text.charAt(i + 1));
            pairs.bits[h >>> 6] |= 1L << h;
        }
        return pairs;
    }

    /** False when {@code word} is certainly not in the text; true when it may be (words shorter than two characters always may). */
    public boolean mayContain(String word) {
        if (word.length() < 2) {
            return true;
        }
        int h = hash(word.charAt(0), word.charAt(1));
        return (bits[h >>> 6] & 1L << h) != 0;
    }

    private static int hash(char a, char b) {
        return (a * 31 + b) & 4095;
    }
}
