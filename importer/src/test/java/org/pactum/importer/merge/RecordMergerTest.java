package org.pactum.importer.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.RecordIds;

class RecordMergerTest {

    private static Membership membership(EdtfDate since, EdtfDate until, Evidence... evidence) {
        Membership m = new Membership();
        m.setMember("UZB");
        m.setOrganization("CSTO");
        m.setStatus(MembershipStatus.FORMER_MEMBER);
        m.setSince(since);
        m.setUntil(until);
        m.getEvidence().addAll(List.of(evidence));
        m.setId(RecordIds.membershipId(m));
        return m;
    }

    private static Evidence ev(String doc, int start, int end) {
        return new Evidence(doc, start, end, "x".repeat(end - start), 0.8, "test");
    }

    @Test
    void unitesEvidenceByDocumentAndSpan() {
        Membership a = membership(null, EdtfDate.of(2012), ev("d1", 0, 5), ev("d1", 6, 9));
        Membership b = membership(null, null, ev("d1", 0, 5), ev("d2", 0, 5));
        Membership merged = RecordMerger.merge(a, b);
        assertEquals(3, merged.getEvidence().size());
    }

    @Test
    void fillsMissingFieldsOnlyWhereTheDatesStayInOrder() {
        Membership a = membership(null, EdtfDate.of(1999), ev("d", 0, 5));
        Membership b = membership(EdtfDate.of(2006), EdtfDate.of(2012), ev("d", 6, 9));
        assertEquals(null, RecordMerger.merge(a, b).getSince());
        Membership c = membership(null, EdtfDate.of(2012), ev("d", 0, 5));
        assertEquals(EdtfDate.of(2006), RecordMerger.merge(c, b).getSince());
    }

    @Test
    void mergesALitByIdInOrderOfFirstAppearance() {
        Membership a = membership(null, null, ev("d", 0, 5));
        Membership b = membership(null, null, ev("d", 6, 9));
        List<Membership> all = RecordMerger.mergeMemberships(List.of(a, b));
        assertEquals(1, all.size());
        assertEquals(2, all.get(0).getEvidence().size());
    }

    @Test
    void refusesToMergeDifferentFacts() {
        Membership a = membership(null, null, ev("d", 0, 5));
        Membership b = membership(null, null, ev("d", 0, 5));
        b.setId("mem-other");
        assertThrows(IllegalArgumentException.class, () -> RecordMerger.merge(a, b));
    }
}
