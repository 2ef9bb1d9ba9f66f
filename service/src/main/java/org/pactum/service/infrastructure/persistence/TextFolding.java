package org.pactum.service.infrastructure.persistence;

import java.text.Normalizer;
import java.util.Locale;

/** Case- and accent-insensitive text, as stored in the *_folded columns and compared by text filters. */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        return decomposed.replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** A LIKE pattern matching the folded text anywhere; {@code !} escapes the wildcards. */
    public static String containsPattern(String text) {
        String folded = fold(text).replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + folded + "%";
    }
}
