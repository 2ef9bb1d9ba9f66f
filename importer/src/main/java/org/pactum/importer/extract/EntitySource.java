package org.pactum.importer.extract;

import java.util.List;
import java.util.Optional;

import org.pactum.model.Organization;

/** The reference data as the extractors see it (implemented over the gazetteer; a stub in tests). */
public interface EntitySource {

    /** Entities named in the text, left to right, without overlaps. */
    List<Entity> find(CharSequence text);

    /** The corridor behind a corridor entity's code. */
    Optional<CorridorInfo> corridor(String code);

    /** The instrument behind an instrument entity's code (its canonical title). */
    Optional<InstrumentInfo> instrument(String code);

    /** The known instruments signed or adopted on the day {@code isoDay} (YYYY-MM-DD). */
    default List<InstrumentInfo> instrumentsOf(String isoDay) {
        return List.of();
    }

    /** The organization behind an organization code. */
    Optional<Organization> organization(String code);

    /** The states of a group named as a whole ("the three Baltic states"), found in {@code lower} after "the", or none. */
    default List<String> groupNamedIn(String lower) {
        return List.of();
    }
}
