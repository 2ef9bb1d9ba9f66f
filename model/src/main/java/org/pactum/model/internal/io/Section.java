package org.pactum.model.internal.io;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;

/** The sections of a dataset, in the order they are written: the one place that names them. */
public enum Section {
    DOCUMENTS("documents", "document", Document.class),
    ORGANIZATIONS("organizations", "organization", Organization.class),
    AGREEMENTS("agreements", "agreement", Agreement.class),
    CORRIDORS("corridors", "corridor", Corridor.class),
    MEMBERSHIPS("memberships", "membership", Membership.class);

    private static final Section[] ALL = values();

    private final String plural;
    private final String singular;
    private final Class<?> type;

    Section(String plural, String singular, Class<?> type) {
        this.plural = plural;
        this.singular = singular;
        this.type = type;
    }

    /** JSON field and XML wrapper element of the section. */
    public String plural() {
        return plural;
    }

    /** XML element of one record, and its JSON Lines key. */
    public String singular() {
        return singular;
    }

    public Class<?> type() {
        return type;
    }

    public static Section byPlural(String name) {
        for (Section section : ALL) {
            if (section.plural.equals(name)) {
                return section;
            }
        }
        return null;
    }

    public static Section bySingular(String name) {
        for (Section section : ALL) {
            if (section.singular.equals(name)) {
                return section;
            }
        }
        return null;
    }
}
