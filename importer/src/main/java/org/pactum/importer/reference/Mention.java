package org.pactum.importer.reference;

import java.util.List;
import java.util.Objects;

/**
 * A name found in a text.
 *
 * @param start        offset of the first character in the text searched
 * @param end          offset after the last character ({@code text} is exactly {@code source[start, end)};
 *                     a possessive "'s" is left out)
 * @param text         the words as written
 * @param type         what is named
 * @param code         the referent: alpha-3 code, organization code, corridor name, place name, instrument title
 * @param name         the referent's display name
 * @param country      the alpha-3 code of the state for a country or a place (null for others and for regions across states)
 * @param form         how it is named (name, adjective, acronym...)
 * @param fuzzy        true when some word matched only approximately (a misspelling)
 * @param nested       true for a name inside a longer one (the countries of "China-Kyrgyzstan-Uzbekistan railway")
 * @param alternatives other referents the same words may name (codes), for an ambiguous name like "Congo"
 */
public record Mention(int start, int end, String text, MentionType type, String code, String name, String country,
                      MentionForm form, boolean fuzzy, boolean nested, List<String> alternatives) {

    public Mention {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(form, "form");
        alternatives = List.copyOf(alternatives);
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for " + text);
        }
    }

    public boolean ambiguous() {
        return !alternatives.isEmpty();
    }

    public int length() {
        return end - start;
    }
}
