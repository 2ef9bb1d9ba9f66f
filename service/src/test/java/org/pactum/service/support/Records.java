package org.pactum.service.support;

import java.util.List;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.CorridorStatus;
import org.pactum.model.Document;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.RecordIds;

/** Small valid records for storage and application tests. */
public final class Records {

    private Records() {
    }

    public static Document document(String text, String title) {
        Document d = new Document();
        d.setId(RecordIds.documentId(text));
        d.setTitle(title);
        d.setOutlet("Test Outlet");
        d.setPublished(EdtfDate.parse("2026-01-06"));
        return d;
    }

    public static Evidence evidence(String documentId, int start) {
        return new Evidence(documentId, start, start + 5, "quote", 0.9, "test-1");
    }

    public static Agreement agreement(String title, AgreementKind kind, String signed, String documentId,
                                      String... parties) {
        Agreement a = new Agreement();
        a.setTitle(title);
        a.setKind(kind);
        a.setStatus(AgreementStatus.SIGNED);
        for (String party : parties) {
            a.getParties().add(new PartyRef(party, PartyRole.PARTY));
        }
        a.setSigned(signed == null ? null : EdtfDate.parse(signed));
        a.getEvidence().add(evidence(documentId, 0));
        a.setId(RecordIds.agreementId(a));
        return a;
    }

    public static Corridor corridor(String name, CorridorMode mode, String documentId, String... countries) {
        Corridor k = new Corridor();
        k.setName(name);
        k.getModes().add(mode);
        k.getCountries().addAll(List.of(countries));
        k.setStatus(CorridorStatus.OPERATIONAL);
        k.getEvidence().add(evidence(documentId, 10));
        k.setId(RecordIds.corridorId(k));
        return k;
    }

    public static Membership membership(String member, String organization, MembershipStatus status, String since,
                                        String until, String documentId) {
        Membership m = new Membership();
        m.setMember(member);
        m.setOrganization(organization);
        m.setStatus(status);
        m.setSince(since == null ? null : EdtfDate.parse(since));
        m.setUntil(until == null ? null : EdtfDate.parse(until));
        m.getEvidence().add(evidence(documentId, 20));
        m.setId(RecordIds.membershipId(m));
        return m;
    }

    public static Organization organization(String code, String name) {
        return new Organization(code, name);
    }
}
