package org.pactum.importer.extract;

import java.util.List;

import org.pactum.model.CorridorMode;

/** What the reference data knows about a named corridor. */
public record CorridorInfo(String name, List<String> aliases, List<String> countries, List<CorridorMode> modes,
        String partOf) {

    public CorridorInfo {
        aliases = List.copyOf(aliases);
        countries = List.copyOf(countries);
        modes = List.copyOf(modes);
    }
}
