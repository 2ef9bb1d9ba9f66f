package org.pactum.importer.reference;

import java.util.List;

import org.pactum.model.CorridorMode;

/**
 * A transport or energy corridor, railway, pipeline, power or cable line.
 *
 * @param name      canonical name
 * @param aliases   other names, acronyms and machine-translation variants
 * @param modes     transport modes
 * @param countries alpha-3 codes in route order
 * @param places    canonical names of known places along the route, in order
 * @param partOf    the larger corridor or initiative it belongs to (a corridor name or organization code), or null
 */
public record KnownCorridor(String name, List<String> aliases, List<CorridorMode> modes, List<String> countries,
                            List<String> places, String partOf) {
    public KnownCorridor {
        aliases = List.copyOf(aliases);
        modes = List.copyOf(modes);
        countries = List.copyOf(countries);
        places = List.copyOf(places);
    }
}
