package org.pactum.importer.reference;

import java.util.List;

import org.pactum.model.AgreementKind;

/**
 * A treaty, act, charter or declaration that news names in many ways ("907th Amendment" is Section 907
 * of the FREEDOM Support Act).
 *
 * @param title   canonical title
 * @param kind    kind of instrument (treaty, statute, charter...)
 * @param parties party codes (alpha-3 or organization codes)
 * @param date    EDTF date of signature or adoption, or null
 * @param aliases other names and slips seen in translations
 */
public record KnownInstrument(String title, AgreementKind kind, List<String> parties, String date, List<String> aliases) {
    public KnownInstrument {
        parties = List.copyOf(parties);
        aliases = List.copyOf(aliases);
    }
}
