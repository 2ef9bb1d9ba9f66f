package org.pactum.service.interfaces.rest;

import java.time.LocalDate;
import org.pactum.api.query.AgreementQuery;
import org.pactum.api.query.CorridorQuery;
import org.pactum.api.query.ExportQuery;
import org.pactum.api.query.MembershipQuery;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;
import org.pactum.model.EdtfDate;
import org.pactum.model.MembershipStatus;
import org.pactum.service.infrastructure.persistence.AgreementFilter;
import org.pactum.service.infrastructure.persistence.CorridorFilter;
import org.pactum.service.infrastructure.persistence.MembershipFilter;

/** Validated query parameters (strings on the wire) to the store's typed filters. */
final class QueryMapping {

    private QueryMapping() {
    }

    static AgreementFilter agreements(AgreementQuery q) {
        return new AgreementFilter(q.getParty(), enumOrNull(AgreementKind.class, q.getKind()),
                enumOrNull(AgreementStatus.class, q.getStatus()), earliest(q.getFrom()), latest(q.getTo()),
                q.getText());
    }

    static CorridorFilter corridors(CorridorQuery q) {
        return new CorridorFilter(q.getCountry(), enumOrNull(CorridorMode.class, q.getMode()),
                enumOrNull(CorridorStatus.class, q.getStatus()), q.getText());
    }

    static MembershipFilter memberships(MembershipQuery q) {
        return new MembershipFilter(q.getMember(), q.getOrganization(),
                enumOrNull(MembershipStatus.class, q.getStatus()), day(q.getAsOf()));
    }

    static AgreementFilter exportedAgreements(ExportQuery q) {
        return new AgreementFilter(q.getParty(), null, null, earliest(q.getFrom()), latest(q.getTo()), null);
    }

    static CorridorFilter exportedCorridors(ExportQuery q) {
        return new CorridorFilter(q.getParty(), null, null, null);
    }

    static MembershipFilter exportedMemberships(ExportQuery q) {
        return new MembershipFilter(q.getParty(), null, null, null, null, earliest(q.getFrom()), latest(q.getTo()));
    }

    static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    private static LocalDate earliest(String edtf) {
        return edtf == null ? null : EdtfDate.parse(edtf).earliest();
    }

    private static LocalDate latest(String edtf) {
        return edtf == null ? null : EdtfDate.parse(edtf).latest();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
