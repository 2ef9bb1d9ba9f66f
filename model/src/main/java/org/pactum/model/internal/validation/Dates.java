package org.pactum.model.internal.validation;

import org.pactum.model.EdtfDate;

/** Order of possibly partial dates, as the chronology rules need it. */
final class Dates {

    private Dates() {
    }

    /** Whether {@code first} certainly lies after {@code second}: no day of it can be on or before any of the other. */
    static boolean certainlyAfter(EdtfDate first, EdtfDate second) {
        return first != null && second != null && first.earliest().isAfter(second.latest());
    }
}
