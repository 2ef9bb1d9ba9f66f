package org.pactum.model.bench;

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
import org.pactum.model.Milestone;
import org.pactum.model.PartyRef;
import org.pactum.model.PartyRole;
import org.pactum.model.ReportedFigure;

import java.math.BigDecimal;
import java.util.List;

/**
 * Realistic records built on the fly from a number, so a benchmark holds none of them: every agreement, corridor
 * and membership has one evidence quoting a sentence, as the importer writes them.
 */
final class SyntheticRecords {

    private static final String[] STATES = {"AZE", "CHN", "TUR", "GEO", "KAZ", "UZB", "RUS", "IRN", "IND", "USA",
        "DEU", "FRA", "BRA", "ZAF", "EGY", "SAU", "ARE", "PAK", "TKM", "ARM"};
    private static final String[] ORGANIZATIONS = {"SCO", "BRICS", "D-8", "OTS", "EU", "NATO", "ASEAN", "CIS"};
    private static final String SENTENCE = "Prior to this, in July 2024, during the Shanghai Cooperation Organisation "
            + "(SCO) summit in Astana, the two sides signed a Joint Declaration on Establishing a Strategic Partnership.";
    private static final AgreementKind[] KINDS = AgreementKind.values();
    private static final MembershipStatus[] MEMBERSHIP_STATUSES = MembershipStatus.values();

    private SyntheticRecords() {
    }

    private static String hex(long n) {
        String hex = Long.toHexString(n * 0x9E3779B97F4A7C15L);
        return "0".repeat(16 - hex.length()) + hex;
    }

    private static Evidence evidence(long n) {
        return new Evidence(hex(n / 10), 120, 120 + SENTENCE.length(), SENTENCE, 0.85, "bench-1");
    }

    static Document document(long n) {
        Document document = new Document();
        document.setId(hex(n));
        document.setTitle("Azerbaijan and China deepen ties, part " + n);
        document.setOutlet("Example Times");
        document.setPublished(EdtfDate.of(2020 + (int) (n % 6), 1 + (int) (n % 12), 1 + (int) (n % 28)));
        document.setUrl("https://news.example/articles/" + n);
        return document;
    }

    static Agreement agreement(long n) {
        Agreement agreement = new Agreement();
        agreement.setId("agr-" + hex(n));
        agreement.setTitle("Joint Declaration on Establishing a Strategic Partnership " + n);
        agreement.setKind(KINDS[(int) (n % KINDS.length)]);
        agreement.setStatus(AgreementStatus.SIGNED);
        agreement.getParties().add(new PartyRef(STATES[(int) (n % STATES.length)], PartyRole.PARTY));
        agreement.getParties().add(new PartyRef(STATES[(int) ((n + 7) % STATES.length)], PartyRole.PARTY));
        agreement.setSigned(EdtfDate.of(2000 + (int) (n % 25), 1 + (int) (n % 12)));
        agreement.setPlace("Astana");
        agreement.getEvidence().add(evidence(n));
        return agreement;
    }

    static Corridor corridor(long n) {
        Corridor corridor = new Corridor();
        corridor.setId("cor-" + hex(n));
        corridor.setName("Trans-Caspian Corridor " + n);
        corridor.getAliases().add("TITR " + n);
        corridor.getModes().add(n % 2 == 0 ? CorridorMode.RAIL : CorridorMode.MULTIMODAL);
        corridor.getCountries().addAll(List.of("CHN", "KAZ", STATES[(int) (n % STATES.length)], "TUR"));
        corridor.setStatus(CorridorStatus.OPERATIONAL);
        corridor.getMilestones().add(new Milestone(EdtfDate.of(2024, 8), "groundbreaking ceremony"));
        corridor.getFigures().add(new ReportedFigure("transit traffic", BigDecimal.valueOf(86), "%", true,
                EdtfDate.of(2024)));
        corridor.getEvidence().add(evidence(n));
        return corridor;
    }

    static Membership membership(long n) {
        Membership membership = new Membership();
        membership.setId("mem-" + hex(n));
        membership.setMember(STATES[(int) (n % STATES.length)]);
        membership.setOrganization(ORGANIZATIONS[(int) (n % ORGANIZATIONS.length)]);
        membership.setStatus(MEMBERSHIP_STATUSES[(int) (n % MEMBERSHIP_STATUSES.length)]);
        membership.setSince(EdtfDate.of(1990 + (int) (n % 35)));
        membership.getEvidence().add(evidence(n));
        return membership;
    }
}
