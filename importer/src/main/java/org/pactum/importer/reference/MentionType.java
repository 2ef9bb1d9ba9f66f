package org.pactum.importer.reference;

/** What a mention names. */
public enum MentionType {
    /** An ISO 3166-1 state or territory; the code is its alpha-3 code. */
    COUNTRY,
    /** An international organization or initiative; the code is its short stable code ({@code SCO}, {@code D-8}). */
    ORGANIZATION,
    /** A transport or energy corridor, line or pipeline; the code is its canonical name. */
    CORRIDOR,
    /** A city, port, border point or region; the code is its canonical name, the country its state if it has one. */
    PLACE,
    /** A treaty, act or declaration known by name; the code is its canonical title. */
    INSTRUMENT,
    /**
     * A leader, minister or state-owned company that acts for a state ("Modi", "Gazprom"); the code is the full name,
     * the country the state it acts for.
     */
    STATE_ACTOR
}
