package org.pactum.importer.extract;

import java.util.List;

import org.pactum.model.AgreementKind;

/** What the reference data knows about a named treaty, act or declaration. */
public record InstrumentInfo(String title, AgreementKind kind, List<String> parties, String date) {

    public InstrumentInfo {
        parties = List.copyOf(parties);
    }

    public InstrumentInfo(String title, AgreementKind kind, List<String> parties) {
        this(title, kind, parties, null);
    }

    /** False when the text dates the instrument to another year than the reference data does: then it is another one. */
    public boolean agreesWith(org.pactum.model.EdtfDate written) {
        if (date == null || date.isBlank() || written == null) {
            return true;
        }
        try {
            org.pactum.model.EdtfDate known = org.pactum.model.EdtfDate.parse(date);
            return known.earliest().getYear() <= written.latest().getYear() && written.earliest().getYear() <= known.latest().getYear();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
