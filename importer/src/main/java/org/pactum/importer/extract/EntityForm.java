package org.pactum.importer.extract;

/** How the entity is written: its name ("Azerbaijan"), an adjective ("Azerbaijani"), an acronym ("SCO"). */
public enum EntityForm {
    NAME, ADJECTIVE, ACRONYM,
    /** A state named by who acts for it: its leader ("Pezeshkian") or a state-owned company ("Gazprom"). */
    STATE_ACTOR
}
