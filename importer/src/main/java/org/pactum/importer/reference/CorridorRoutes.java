package org.pactum.importer.reference;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.pactum.model.CorridorMode;

/** Known corridors by the places they run through: names a line that news spells its own way. */
final class CorridorRoutes {

    private final List<KnownCorridor> corridors;

    CorridorRoutes(Collection<KnownCorridor> corridors) {
        this.corridors = List.copyOf(corridors);
    }

    /**
     * The corridor that passes through most of the places (at least two), and of those the shortest listed route;
     * of the given mode (or multimodal) when a mode is given.
     */
    Optional<KnownCorridor> through(Collection<String> placeNames, CorridorMode mode) {
        Set<String> wanted = new HashSet<>(placeNames);
        KnownCorridor best = null;
        int bestHits = 1;
        for (KnownCorridor c : corridors) {
            if (mode != null && !c.modes().contains(mode) && !c.modes().contains(CorridorMode.MULTIMODAL)) {
                continue;
            }
            int hits = 0;
            for (String p : c.places()) {
                if (wanted.contains(p)) {
                    hits++;
                }
            }
            if (hits > bestHits || (hits == bestHits && best != null && c.places().size() < best.places().size())) {
                best = c;
                bestHits = hits;
            }
        }
        return Optional.ofNullable(best);
    }
}
