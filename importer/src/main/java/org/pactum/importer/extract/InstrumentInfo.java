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

    /**
     * The reference data's date when {@code written} is the same day of another year that the text did not state ("A month
     * later, on July 16, Jiang and Putin signed the Treaty of Good-Neighbourliness", in an article of 2022: 2001-07-16).
     */
    public org.pactum.model.EdtfDate withKnownYear(org.pactum.model.EdtfDate written, boolean yearInferred) {
        if (!yearInferred || written == null || date == null || date.isBlank() || written.precision() != org.pactum.model.DatePrecision.DAY) {
            return written;
        }
        try {
            org.pactum.model.EdtfDate known = org.pactum.model.EdtfDate.parse(date);
            boolean sameDay = known.precision() == org.pactum.model.DatePrecision.DAY
                    && known.earliest().getMonthValue() == written.earliest().getMonthValue()
                    && known.earliest().getDayOfMonth() == written.earliest().getDayOfMonth();
            return sameDay ? known : written;
        } catch (IllegalArgumentException e) {
            return written;
        }
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
