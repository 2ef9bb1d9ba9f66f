package org.pactum.importer.reference;

import java.util.List;

/**
 * An international organization or initiative.
 *
 * @param code    short stable code, the party code in records ({@code SCO}, {@code D-8}, {@code MERCOSUR})
 * @param name    official English name
 * @param aliases acronyms (in capitals: matched in exact case), other names, other-language names, misspellings
 * @param founded founding year, or null
 */
public record KnownOrganization(String code, String name, List<String> aliases, Integer founded) {
    public KnownOrganization {
        aliases = List.copyOf(aliases);
    }
}
