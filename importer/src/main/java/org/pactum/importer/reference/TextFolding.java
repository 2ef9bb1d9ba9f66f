package org.pactum.importer.reference;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching names: lower case, no diacritics (Türkiye = Turkiye, Iğdır = Igdir, ı/İ = i),
 * and words split at anything that is not a letter or digit (hyphens, dashes, spaces, apostrophes, dots).
 * One table lookup per character, built once, so the mention finder can fold every sentence cheaply.
 */
public final class TextFolding {

    static final byte OTHER = 0;
    static final byte LETTER = 1;
    static final byte DIGIT = 2;
    /** A combining mark: continues the word and folds to nothing (decomposed "Tu\u0308rkiye"). */
    static final byte MARK = 3;
    /** Punctuation that ends a name: a multi-word name never runs across it (commas, semicolons...). */
    static final byte BREAK = 4;

    private static final byte[] CLASS = new byte[0x10000];
    /** Folded form of a character when it is one character; 0 when it expands (see {@link #EXPANSION}). */
    private static final char[] SINGLE = new char[0x10000];
    private static final String[] EXPANSION = new String[0x10000];

    /** Marks a folded form not computed yet: letters beyond ASCII are folded on first sight, not all at start-up. */
    private static final char UNKNOWN = '\uffff';

    /** Marks a character class not computed yet: beyond Latin, characters are classified on first sight. */
    private static final byte UNCLASSIFIED = -1;
    private static final int EAGER = 0x250;

    static {
        java.util.Arrays.fill(CLASS, EAGER, CLASS.length, UNCLASSIFIED);
        for (int c = 0; c < EAGER; c++) {
            classify((char) c);
        }
        for (char c : ",;:!?\n\r".toCharArray()) {
            CLASS[c] = BREAK;
        }
    }

    private TextFolding() {
    }

    private static String foldLetter(char ch) {
        switch (ch) {
            case '\u0131': case '\u0130': return "i";           // Turkish dotless i, dotted capital I
            case '\u00df': case '\u1e9e': return "ss";
            case '\u00e6': case '\u00c6': return "ae";
            case '\u0153': case '\u0152': return "oe";
            case '\u00f8': case '\u00d8': return "o";
            case '\u0111': case '\u0110': case '\u00f0': case '\u00d0': return "d";
            case '\u0142': case '\u0141': return "l";
            case '\u0127': case '\u0126': return "h";
            case '\u00fe': case '\u00de': return "th";
            case '\u0259': case '\u018f': return "e";           // Azerbaijani schwa: Az\u0259rbaycan

            default:
                break;
        }
        String lower = String.valueOf(ch).toLowerCase(Locale.ROOT);
        if (ch < 0x2000 || (ch >= 0x1e00 && ch <= 0x1eff)) {
            String decomposed = Normalizer.normalize(lower, Normalizer.Form.NFD);
            StringBuilder base = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char d = decomposed.charAt(i);
                if (Character.getType(d) != Character.NON_SPACING_MARK) {
                    base.append(d);
                }
            }
            if (base.length() > 0) {
                lower = base.toString();
            }
        }
        return lower.length() == 1 ? lower : lower.length() == 0 ? String.valueOf(ch) : lower;
    }

    static byte charClass(char c) {
        byte b = CLASS[c];
        return b != UNCLASSIFIED ? b : classify(c);
    }

    /** Computes and stores the class (and the folded form, or its marker) of a character; idempotent. */
    private static byte classify(char ch) {
        int c = ch;
        int type = Character.getType(ch);
        byte cls = OTHER;
        if (c == 0x02bc) {
            cls = OTHER; // modifier letter apostrophe: an apostrophe
        } else if (c == 0x3001 || c == 0xff0c) {
            cls = BREAK; // ideographic and fullwidth commas
        } else if (c == 0x02bb || c == 0x02be || c == 0x02bf || type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
            cls = MARK;
        } else if (type == Character.DECIMAL_DIGIT_NUMBER) {
            cls = DIGIT;
            SINGLE[c] = (char) ('0' + Character.digit(ch, 10));
        } else if (Character.isLetter(ch)) {
            cls = LETTER;
            SINGLE[c] = c < 0x80 ? Character.toLowerCase(ch) : UNKNOWN;
        }
        CLASS[c] = cls; // a benign race: every thread computes the same value, folded form first
        return cls;
    }

    /** The folded character, or 0 when the character folds to several ({@link #expansion(char)}). */
    static char single(char c) {
        char f = SINGLE[c];
        if (f != UNKNOWN) {
            return f;
        }
        String folded = foldLetter(c);
        if (folded.length() == 1) {
            f = folded.charAt(0);
        } else {
            EXPANSION[c] = folded;
            f = 0;
        }
        SINGLE[c] = f; // a benign race: every thread computes the same value
        return f;
    }

    static String expansion(char c) {
        String x = EXPANSION[c];
        return x != null ? x : foldLetter(c); // null only while another thread publishes it
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u02bc' || c == '\u2018' || c == '`' || c == '\u00b4';
    }


    /**
     * The folded words of a text joined by single spaces: {@code "Kars-Iğdır–Aralık's"} gives
     * {@code "kars igdir aralik"}. Letters and digits are separate words ({@code "G20"} gives {@code "g 20"}).
     */
    public static String fold(CharSequence text) {
        Tokens tokens = Tokens.of(text, null);
        StringBuilder out = new StringBuilder(text.length());
        for (int t = 0; t < tokens.count(); t++) {
            if (t > 0) {
                out.append(' ');
            }
            out.append(tokens.folded(t));
        }
        return out.toString();
    }
}
