package org.pactum.importer.extract;

import org.pactum.model.AgreementKind;

/**
 * An agreement-like instrument named in a sentence.
 *
 * @param start      start of the title as written (sentence offset)
 * @param end        end of the title
 * @param title      the title as written
 * @param kind       kind from the instrument's name
 * @param proper     a proper name ("Joint Statement on ...", "Treaty of Kars", a quoted title), not "an agreement"
 * @param definite   written with "the"/"this" (refers back unless qualified)
 * @param qualified  followed by what it is about ("on", "between", "granting" ...)
 * @param linkStart  start of the text before the title that may hold a signing verb
 * @param plural     "memoranda", "protocols": one instrument per party on the other side
 */
record Instrument(int start, int end, String title, AgreementKind kind, boolean proper, boolean definite,
        boolean qualified, int linkStart, boolean plural) {

    Instrument(int start, int end, String title, AgreementKind kind, boolean proper, boolean definite, boolean qualified,
            int linkStart) {
        this(start, end, title, kind, proper, definite, qualified, linkStart, false);
    }

    Instrument asPlural() {
        return new Instrument(start, end, title, kind, proper, definite, qualified, linkStart, true);
    }
}
