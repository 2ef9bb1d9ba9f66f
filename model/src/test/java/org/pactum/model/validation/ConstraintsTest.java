package org.pactum.model.validation;

import jakarta.validation.ConstraintViolation;
import org.junit.jupiter.api.Test;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.EdtfDate;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.model.Milestone;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.ReportedFigure;
import org.pactum.model.Samples;

import java.math.BigDecimal;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule: a valid sample passes, and one change breaks exactly that rule, with the expected property path and
 * message. Messages come from ValidationMessages.properties (and Hibernate Validator's defaults for built-ins).
 */
class ConstraintsTest {

    private static final RecordValidator VALIDATOR = RecordValidator.create();

    /** Checks the sample is valid, then that {@code breaking} it gives exactly one violation: path and message. */
    private static <T> void rule(Supplier<T> sample, Consumer<T> breaking, String path, String message) {
        T valid = sample.get();
        assertEquals(Set.of(), VALIDATOR.validate(valid), "the sample is valid");
        T invalid = sample.get();
        breaking.accept(invalid);
        Set<ConstraintViolation<T>> violations = VALIDATOR.validate(invalid);
        assertEquals(path + ": " + message, RecordValidator.describe(violations));
    }

    // --- ISO 3166-1 alpha-3 ---

    @Test
    void corridorCountriesAreAlpha3Codes() {
        rule(Samples::corridor, c -> c.getCountries().set(2, "AZ"), "countries[2].<list element>",
                "'AZ' is not an ISO 3166-1 alpha-3 country code");
        rule(Samples::corridor, c -> c.getCountries().add("XKX"), "countries[5].<list element>",
                "'XKX' is not an ISO 3166-1 alpha-3 country code");
        rule(Samples::corridor, c -> c.getCountries().add(null), "countries[5].<list element>",
                "must not be null");
    }

    // --- party and organization codes ---

    @Test
    void partyCodesAreCountryOrOrganizationCodes() {
        rule(Samples::agreement, a -> a.getParties().get(0).setCode("Azerbaijan"), "parties[0].code",
                "'Azerbaijan' is neither an ISO 3166-1 alpha-3 country code nor an organization code (2 to 12 "
                        + "capital letters or digits, groups joined by '-', e.g. SCO, D-8)");
        rule(Samples::agreement, a -> a.getParties().get(0).setCode(null), "parties",
                "a joint statement or joint declaration needs at least two distinct parties, or one issuer; "
                        + "parties[0].code: must not be null");
        rule(Samples::membership, m -> m.setMember("aze"), "member",
                "'aze' is neither an ISO 3166-1 alpha-3 country code nor an organization code (2 to 12 capital "
                        + "letters or digits, groups joined by '-', e.g. SCO, D-8)");
        Membership organizationMember = Samples.membership();
        organizationMember.setMember("EU");
        assertEquals(Set.of(), VALIDATOR.validate(organizationMember));
    }

    @Test
    void organizationCodesHaveTheirFormat() {
        rule(Samples::organization, o -> o.setCode("D--8"), "code",
                "'D--8' is not an organization code (2 to 12 capital letters or digits, groups joined by '-', "
                        + "e.g. SCO, D-8)");
        rule(Samples::organization, o -> o.setCode("X"), "code",
                "'X' is not an organization code (2 to 12 capital letters or digits, groups joined by '-', "
                        + "e.g. SCO, D-8)");
        rule(Samples::membership, m -> m.setOrganization("Shanghai"), "organization",
                "'Shanghai' is not an organization code (2 to 12 capital letters or digits, groups joined by '-', "
                        + "e.g. SCO, D-8)");
        for (String code : new String[] {"SCO", "D-8", "G20", "EU", "NATO", "BRICS", "ASEAN", "MERCOSUR"}) {
            Organization organization = Samples.organization();
            organization.setCode(code);
            assertEquals(Set.of(), VALIDATOR.validate(organization), code);
        }
    }

    // --- EDTF text ---

    /** A bean with an EDTF string, as a query parameter bean would have. */
    static final class Query {
        @Edtf
        String from;

        Query(String from) {
            this.from = from;
        }
    }

    @Test
    void edtfStringsAreValidDates() {
        rule(() -> new Query("2024-07"), q -> q.from = "2025-13", "from",
                "'2025-13' is not an EDTF date (YYYY, YYYY-MM or YYYY-MM-DD, optionally with ? ~ %, or an interval "
                        + "such as 2002/2024 or 2002/..)");
        assertEquals(Set.of(), VALIDATOR.validate(new Query(null)));
        assertEquals(Set.of(), VALIDATOR.validate(new Query("2002/..")));
        assertEquals(1, VALIDATOR.validate(new Query("")).size());
    }

    // --- evidence ---

    @Test
    void evidenceSpanIsOrderedAndMatchesTheQuote() {
        rule(Samples::agreement, a -> a.getEvidence().get(0).setStart(-1), "evidence[0].start", "must be 0 or more");
        rule(Samples::agreement, a -> a.getEvidence().get(0).setEnd(0), "evidence[0].end",
                "must be greater than start");
        rule(Samples::agreement, a -> a.getEvidence().get(0).setQuote("Prior to thi"), "evidence[0].quote",
                "must be exactly the end - start characters the span covers");
    }

    @Test
    void evidenceConfidenceIsBetweenZeroAndOne() {
        rule(Samples::corridor, c -> c.getEvidence().get(0).setConfidence(1.5), "evidence[0].confidence",
                "must be less than or equal to 1");
        rule(Samples::corridor, c -> c.getEvidence().get(0).setConfidence(-0.1), "evidence[0].confidence",
                "must be greater than or equal to 0");
        Corridor edge = Samples.corridor();
        edge.getEvidence().get(0).setConfidence(1.0);
        assertEquals(Set.of(), VALIDATOR.validate(edge));
    }

    @Test
    void evidenceNamesItsDocumentAndQuote() {
        rule(Samples::membership, m -> m.getEvidence().get(0).setDocumentId(" "), "evidence[0].documentId",
                "must not be blank");
        rule(Samples::membership, m -> m.getEvidence().get(0).setQuote(null), "evidence[0].quote",
                "must not be blank");
    }

    @Test
    void everyRecordHasEvidence() {
        String message = "every record needs at least one evidence";
        rule(Samples::agreement, a -> a.getEvidence().clear(), "evidence", message);
        rule(Samples::corridor, c -> c.getEvidence().clear(), "evidence", message);
        rule(Samples::membership, m -> m.getEvidence().clear(), "evidence", message);
        rule(Samples::agreement, a -> a.getEvidence().add(null), "evidence[1].<list element>", "must not be null");
    }

    // --- distinct parties ---

    @Test
    void jointStatementsAndDeclarationsNeedTwoDistinctParties() {
        String message = "a joint statement or joint declaration needs at least two distinct parties, or one issuer";
        rule(Samples::agreement, a -> a.getParties().get(1).setCode("AZE"), "parties", message);
        rule(Samples::agreement, a -> {
            a.setKind(AgreementKind.JOINT_STATEMENT);
            a.getParties().remove(1);
        }, "parties", message);
        Agreement statute = Samples.agreement();
        statute.setKind(AgreementKind.STATUTE);
        statute.getParties().remove(1);
        assertEquals(Set.of(), VALIDATOR.validate(statute));
        Agreement summit = Samples.agreement();
        summit.setKind(AgreementKind.JOINT_DECLARATION);
        summit.getParties().clear();
        summit.getParties().add(new org.pactum.model.PartyRef("SCO", org.pactum.model.PartyRole.ISSUER));
        assertEquals(Set.of(), VALIDATOR.validate(summit), "an organization's summit declaration has one issuer");
        rule(Samples::agreement, a -> {
            a.setKind(AgreementKind.JOINT_DECLARATION);
            a.getParties().clear();
            a.getParties().add(new org.pactum.model.PartyRef("SCO", org.pactum.model.PartyRole.PARTY));
        }, "parties", message);
    }

    // --- chronology ---

    @Test
    void agreementDatesFollowEachOther() {
        rule(Samples::agreement, a -> a.setInForce(EdtfDate.parse("2024-06")), "inForce",
                "must not be before the signing date");
        rule(Samples::agreement, a -> a.setEnded(EdtfDate.parse("2024-07-03")), "ended",
                "must not be before the entry into force");
        rule(Samples::agreement, a -> {
            a.setInForce(null);
            a.setEnded(EdtfDate.parse("2023"));
        }, "ended", "must not be before the signing date");
        Agreement sameMonth = Samples.agreement();
        sameMonth.setSigned(EdtfDate.parse("2024-07-20"));   // signed 20 July, in force "July": may be true
        sameMonth.setInForce(EdtfDate.parse("2024-07"));
        assertEquals(Set.of(), VALIDATOR.validate(sameMonth));
    }

    @Test
    void membershipSinceIsNotAfterUntil() {
        rule(Samples::membership, m -> m.setUntil(EdtfDate.parse("2024-11")), "until", "must not be before since");
        Membership open = Samples.membership();
        open.setUntil(EdtfDate.parse("../2030"));
        assertEquals(Set.of(), VALIDATOR.validate(open));
    }

    // --- required fields ---

    @Test
    void requiredFieldsOfAgreements() {
        rule(Samples::agreement, a -> a.setId(null), "id", "must not be blank");
        rule(Samples::agreement, a -> a.setTitle(" "), "title", "must not be blank");
        rule(Samples::agreement, a -> a.setKind(null), "kind", "must not be null");
        rule(Samples::agreement, a -> a.setStatus(null), "status", "must not be null");
        rule(Samples::agreement, a -> a.getParties().get(0).setRole(null), "parties[0].role", "must not be null");
        rule(Samples::agreement, a -> {
            a.setKind(AgreementKind.TREATY);
            a.getParties().clear();
        }, "parties", "must not be empty");
    }

    @Test
    void requiredFieldsOfCorridors() {
        rule(Samples::corridor, c -> c.setId(""), "id", "must not be blank");
        rule(Samples::corridor, c -> c.setName(null), "name", "must not be blank");
        rule(Samples::corridor, c -> c.setStatus(null), "status", "must not be null");
        rule(Samples::corridor, c -> c.getAliases().add(""), "aliases[2].<list element>", "must not be blank");
        rule(Samples::corridor, c -> c.getModes().add(null), "modes[2].<list element>", "must not be null");
        rule(Samples::corridor, c -> c.getPlaces().add(" "), "places[2].<list element>", "must not be blank");
        rule(Samples::corridor, c -> c.getMilestones().add(new Milestone(null, "")), "milestones[1].event",
                "must not be blank");
        rule(Samples::corridor, c -> c.getFigures().add(new ReportedFigure("length", null, "km", false, null)),
                "figures[1].value", "must not be null");
        rule(Samples::corridor, c -> c.getFigures().add(new ReportedFigure(" ", BigDecimal.ONE, "km", false, null)),
                "figures[1].metric", "must not be blank");
    }

    @Test
    void requiredFieldsOfMembershipsOrganizationsAndDocuments() {
        rule(Samples::membership, m -> m.setId(null), "id", "must not be blank");
        rule(Samples::membership, m -> m.setMember(null), "member", "must not be null");
        rule(Samples::membership, m -> m.setOrganization(null), "organization", "must not be null");
        rule(Samples::membership, m -> m.setStatus(null), "status", "must not be null");
        rule(Samples::organization, o -> o.setName(""), "name", "must not be blank");
        rule(Samples::organization, o -> o.getAliases().add(null), "aliases[1].<list element>", "must not be blank");
        rule(Samples::document, d -> d.setId(null), "id", "must not be blank");
        Document minimal = new Document();
        minimal.setId(Samples.DOCUMENT_ID);
        assertEquals(Set.of(), VALIDATOR.validate(minimal), "title, outlet, date and URL are optional");
    }

    @Test
    void emptyRecordsFail() {
        assertEquals("evidence: every record needs at least one evidence; id: must not be blank; "
                + "kind: must not be null; parties: must not be empty; status: must not be null; "
                + "title: must not be blank", RecordValidator.describe(VALIDATOR.validate(new Agreement())));
        assertEquals("evidence: every record needs at least one evidence; id: must not be blank; "
                + "name: must not be blank; status: must not be null",
                RecordValidator.describe(VALIDATOR.validate(new Corridor())));
        assertEquals("evidence: every record needs at least one evidence; id: must not be blank; "
                + "member: must not be null; organization: must not be null; status: must not be null",
                RecordValidator.describe(VALIDATOR.validate(new Membership())));
        assertEquals("code: must not be null; name: must not be blank",
                RecordValidator.describe(VALIDATOR.validate(new Organization())));
        assertEquals("id: must not be blank", RecordValidator.describe(VALIDATOR.validate(new Document())));
        assertEquals("documentId: must not be blank; end: must be greater than start; quote: must not be blank",
                RecordValidator.describe(VALIDATOR.validate(new Evidence())));
        assertEquals("code: must not be null; role: must not be null",
                RecordValidator.describe(VALIDATOR.validate(new PartyRef())));
    }

    @Test
    void aDatasetValidatesEveryRecordInIt() {
        var dataset = Samples.dataset();
        dataset.getAgreements().get(0).getParties().add(new PartyRef("aze", PartyRole.OBSERVER));
        assertEquals("agreements[0].parties[2].code: 'aze' is neither an ISO 3166-1 alpha-3 country code nor an "
                + "organization code (2 to 12 capital letters or digits, groups joined by '-', e.g. SCO, D-8)",
                RecordValidator.describe(VALIDATOR.validate(dataset)));
    }

    @Test
    void requireValidThrowsWithEveryViolation() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(jakarta.validation.ConstraintViolationException.class,
                () -> VALIDATOR.requireValid(new Document()));
        assertEquals("id: must not be blank", e.getMessage());
        assertEquals(Samples.document(), VALIDATOR.requireValid(Samples.document()));
    }
}
