package org.pactum.importer.reference;

import java.util.List;

/**
 * A city, port, border point, station or region that news about treaties and corridors names.
 *
 * @param name    canonical name
 * @param country alpha-3 code of its state, or null for a region across states ("Caspian Sea")
 * @param kind    what kind of place
 * @param aliases other spellings
 */
public record KnownPlace(String name, String country, PlaceKind kind, List<String> aliases) {
    public KnownPlace {
        aliases = List.copyOf(aliases);
    }
}
