package org.pactum.service.infrastructure.persistence;

import java.util.List;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;

/**
 * Which corridors to read; null or empty means "any".
 *
 * @param countries every one of these alpha-3 codes lies on the route
 * @param text      folded substring of the name or an alias
 */
public record CorridorFilter(List<String> countries, CorridorMode mode, CorridorStatus status, String text) {

    public static final CorridorFilter ALL = new CorridorFilter(List.of(), null, null, null);

    public CorridorFilter {
        countries = countries == null ? List.of() : List.copyOf(countries);
    }

    Where where() {
        Where where = new Where();
        if (!countries.isEmpty()) {
            where.drivenBy("SELECT DISTINCT corridor_id AS id FROM corridor_countries WHERE country = ?",
                    countries.get(0));
        }
        for (String country : countries.subList(Math.min(1, countries.size()), countries.size())) {
            where.and("t.id IN (SELECT corridor_id FROM corridor_countries WHERE country = ?)", country);
        }
        if (mode != null) {
            where.and("t.id IN (SELECT corridor_id FROM corridor_modes WHERE mode = ?)", mode.name());
        }
        if (status != null) {
            where.and("t.status = ?", status.name());
        }
        if (text != null && !text.isBlank()) {
            where.and("t.search_folded LIKE ? ESCAPE '!'", TextFolding.containsPattern(text));
        }
        return where;
    }
}
