package org.pactum.model;

import java.math.BigDecimal;
import java.util.List;

/** Valid records with every optional field set, shared by the tests. */
public final class Samples {

    public static final String TEXT = "Prior to this, in July 2024, the two sides signed a Joint Declaration.";
    public static final String DOCUMENT_ID = RecordIds.documentId(TEXT);

    private Samples() {
    }

    public static Evidence evidence() {
        return new Evidence(DOCUMENT_ID, 0, 13, TEXT.substring(0, 13), 0.9, "test-1");
    }

    public static Document document() {
        Document document = new Document();
        document.setId(DOCUMENT_ID);
        document.setTitle("Azerbaijan and China");
        document.setOutlet("Example Times");
        document.setPublished(EdtfDate.of(2026, 1, 6));
        document.setUrl("https://news.example/az-cn");
        return document;
    }

    public static Organization organization() {
        Organization organization = new Organization("SCO", "Shanghai Cooperation Organisation");
        organization.getAliases().add("Shanghai Cooperation Organization");
        return organization;
    }

    public static Agreement agreement() {
        Agreement agreement = new Agreement();
        agreement.setTitle("Joint Declaration on Establishing a Strategic Partnership");
        agreement.setKind(AgreementKind.JOINT_DECLARATION);
        agreement.setStatus(AgreementStatus.IN_FORCE);
        agreement.getParties().add(new PartyRef("AZE", PartyRole.PARTY));
        agreement.getParties().add(new PartyRef("CHN", PartyRole.PARTY));
        agreement.setSigned(EdtfDate.parse("2024-07"));
        agreement.setInForce(EdtfDate.parse("2024-07-04"));
        agreement.setEnded(EdtfDate.parse("2030~"));
        agreement.setPlace("Astana");
        agreement.setOccasion("SCO summit");
        agreement.getEvidence().add(evidence());
        agreement.setId(RecordIds.agreementId(agreement));
        return agreement;
    }

    public static Corridor corridor() {
        Corridor corridor = new Corridor();
        corridor.setName("Middle Corridor");
        corridor.getAliases().addAll(List.of("Trans-Caspian International Transport Route", "TITR"));
        corridor.getModes().addAll(List.of(CorridorMode.RAIL, CorridorMode.SEA));
        corridor.getCountries().addAll(List.of("CHN", "KAZ", "AZE", "GEO", "TUR"));
        corridor.getPlaces().addAll(List.of("Aktau", "Baku"));
        corridor.setStatus(CorridorStatus.OPERATIONAL);
        corridor.getMilestones().add(new Milestone(EdtfDate.parse("2024-08"), "groundbreaking ceremony"));
        corridor.setPartOf("Belt and Road Initiative");
        corridor.getFigures().add(new ReportedFigure("transit traffic", new BigDecimal("86"), "%", true,
                EdtfDate.of(2024)));
        corridor.getEvidence().add(evidence());
        corridor.setId(RecordIds.corridorId(corridor));
        return corridor;
    }

    public static Membership membership() {
        Membership membership = new Membership();
        membership.setMember("AZE");
        membership.setOrganization("D-8");
        membership.setStatus(MembershipStatus.MEMBER);
        membership.setSince(EdtfDate.parse("2024-12-19"));
        membership.setUntil(EdtfDate.parse("2025/.."));
        membership.getEvidence().add(evidence());
        membership.setId(RecordIds.membershipId(membership));
        return membership;
    }

    /** A dataset holding every type, every optional field set. */
    public static Dataset dataset() {
        Dataset dataset = new Dataset();
        dataset.getDocuments().add(document());
        dataset.getOrganizations().add(organization());
        dataset.getAgreements().add(agreement());
        dataset.getCorridors().add(corridor());
        dataset.getMemberships().add(membership());
        return dataset;
    }
}
