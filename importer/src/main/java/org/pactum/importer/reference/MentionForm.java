package org.pactum.importer.reference;

/** How a mention names its referent: the extractor weighs an adjective differently from a name. */
public enum MentionForm {
    /** A name: common, official, local spelling ("Azerbaijan", "Republic of Azerbaijan", "Türkiye"). */
    NAME,
    /** A short form written in capitals, matched in its exact case ("US", "PRC", "UAE"). */
    SHORT_FORM,
    /** An adjective or demonym ("Azerbaijani", "Chinese", "Americans"). */
    ADJECTIVE,
    /** A former name ("Burma", "Swaziland", "Turkic Council"). */
    FORMER_NAME,
    /** An acronym of an organization, corridor or instrument, matched in its exact case ("SCO", "TITR"). */
    ACRONYM,
    /** Another name of an organization, corridor, place or instrument. */
    ALIAS
}
