package org.pactum.importer.reference;

import java.util.List;

/**
 * A city, port, border point, station or region that news about treaties and corridors names.
 *
 * @param name    canonical name
 * @param country alpha-3 code of its state, or null for a region across states ("Caspian Sea")
 * @param kind    what kind of place
 * @param aliases other spellings
 * @param seatOf  the organization the place names as an actor ("talks with Brussels": the EU), or null
 */
public record KnownPlace(String name, String country, PlaceKind kind, List<String> aliases, String seatOf) {
    public KnownPlace {
        aliases = List.copyOf(aliases);
    }

    /** Who the place can stand for as an actor: a capital its state ("talks with Beijing"), a seat its organization; or null. */
    public String actor() {
        return seatOf != null ? seatOf : kind == PlaceKind.CAPITAL ? country : null;
    }
}
