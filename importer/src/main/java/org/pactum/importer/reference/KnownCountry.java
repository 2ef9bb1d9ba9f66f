package org.pactum.importer.reference;

import java.util.List;

/**
 * An ISO 3166-1 state or territory and the ways news names it.
 *
 * @param code       alpha-3 code
 * @param name       English short name
 * @param names      names matched in any case: common, official long, local spellings
 * @param shortForms capitalized short forms matched in their exact case ("US", "PRC")
 * @param adjectives adjectives and demonyms (plurals are added when matching)
 * @param formerNames names no longer in use
 */
public record KnownCountry(String code, String name, List<String> names, List<String> shortForms,
                           List<String> adjectives, List<String> formerNames) {
    public KnownCountry {
        names = List.copyOf(names);
        shortForms = List.copyOf(shortForms);
        adjectives = List.copyOf(adjectives);
        formerNames = List.copyOf(formerNames);
    }
}
