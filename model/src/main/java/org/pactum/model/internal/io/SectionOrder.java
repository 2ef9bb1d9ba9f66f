package org.pactum.model.internal.io;

/** Keeps a writer's sections in order; says when a section starts or ends. */
final class SectionOrder {

    private Section current;

    /** The open section, or null before the first record. */
    Section current() {
        return current;
    }

    /**
     * Moves to {@code next}; returns true when that starts a new section.
     *
     * @throws IllegalStateException if {@code next} comes before the open section
     */
    boolean enter(Section next) {
        if (current == next) {
            return false;
        }
        if (current != null && next.ordinal() < current.ordinal()) {
            throw new IllegalStateException("Dataset sections must be written in the order documents, organizations, "
                    + "agreements, corridors, memberships: cannot write " + next.plural() + " after "
                    + current.plural());
        }
        current = next;
        return true;
    }
}
