package org.pactum.model;

import org.junit.jupiter.api.Test;

import java.util.Collections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecordIdsTest {

    @Test
    void sameFactsGiveTheSameAgreementId() {
        Agreement first = Samples.agreement();
        Agreement second = Samples.agreement();
        Collections.reverse(second.getParties());
        second.setTitle("  JOINT declaration on establishing a strategic   partnership ");
        second.setPlace("elsewhere");
        second.getEvidence().clear();
        assertEquals(RecordIds.agreementId(first), RecordIds.agreementId(second));
        assertTrue(RecordIds.agreementId(first).matches("agr-[0-9a-f]{16}"));
        second.setKind(AgreementKind.JOINT_STATEMENT);
        assertNotEquals(RecordIds.agreementId(first), RecordIds.agreementId(second));
    }

    @Test
    void corridorIdFoldsCaseDiacriticsAndPunctuation() {
        Corridor a = new Corridor();
        a.setName("Kars–Iğdır–Aralık–Dilucu railway");
        Corridor b = new Corridor();
        b.setName("kars-igdir-aralik-dilucu  Railway");
        assertEquals(RecordIds.corridorId(a), RecordIds.corridorId(b));
        assertTrue(RecordIds.corridorId(a).matches("cor-[0-9a-f]{16}"));
    }

    @Test
    void membershipIdDependsOnMemberOrganizationAndStatus() {
        Membership a = Samples.membership();
        Membership b = Samples.membership();
        b.setSince(null);
        assertEquals(RecordIds.membershipId(a), RecordIds.membershipId(b));
        b.setStatus(MembershipStatus.OBSERVER);
        assertNotEquals(RecordIds.membershipId(a), RecordIds.membershipId(b));
        assertTrue(RecordIds.membershipId(a).matches("mem-[0-9a-f]{16}"));
    }

    @Test
    void documentIdNormalizesLineEndsAndOuterSpace() {
        String id = RecordIds.documentId("Title\nBody.");
        assertEquals(id, RecordIds.documentId("Title\r\nBody.\r\n"));
        assertEquals(id, RecordIds.documentId("  Title\rBody.  "));
        assertNotEquals(id, RecordIds.documentId("Title\nBody!"));
        assertTrue(id.matches("[0-9a-f]{16}"));
        // SHA-256("abc") starts with ba7816bf8f01cfea
        assertEquals("ba7816bf8f01cfea", RecordIds.documentId("abc"));
    }
}
