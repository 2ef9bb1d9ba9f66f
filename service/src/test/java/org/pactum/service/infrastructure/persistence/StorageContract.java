package org.pactum.service.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.AgreementStatus;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.service.support.Records;

/** What every supported database must do the same way; subclasses provide the database. */
abstract class StorageContract {

    protected abstract Database database();

    private final DocumentTable documents = new DocumentTable();
    private final AgreementTable agreements = new AgreementTable();
    private final CorridorTable corridors = new CorridorTable();
    private final MembershipTable memberships = new MembershipTable();
    private final StoreState state = new StoreState();

    private Document doc;

    @BeforeEach
    void fill() {
        database().inTransaction(c -> {
            try (var s = c.createStatement()) {
                for (String table : List.of("evidence", "agreement_parties", "agreements", "corridor_countries",
                        "corridor_modes", "corridors", "memberships", "organizations", "documents")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            doc = Records.document("storage test article", "Storage test");
            documents.save(c, doc);
            agreements.save(c, Records.agreement("Shusha Declaration on Allied Relations",
                    AgreementKind.JOINT_DECLARATION, "2021-06-15", doc.getId(), "AZE", "TUR"));
            agreements.save(c, Records.agreement("Treaty on Strategic Partnership", AgreementKind.TREATY,
                    "2024-08", doc.getId(), "AZE", "UZB", "KAZ"));
            agreements.save(c, Records.agreement("Memorandum on Rail Transit", AgreementKind.MEMORANDUM,
                    "2019", doc.getId(), "KAZ", "CHN"));
            corridors.save(c, Records.corridor("Middle Corridor", CorridorMode.RAIL, doc.getId(), "CHN", "KAZ", "AZE",
                    "GEO", "TUR"));
            corridors.save(c, Records.corridor("Trans-Caspian Gas Pipeline", CorridorMode.PIPELINE, doc.getId(),
                    "TKM", "AZE"));
            memberships.save(c, Records.membership("SAU", "SCO", MembershipStatus.DIALOGUE_PARTNER, "2023-03", null,
                    doc.getId()));
            memberships.save(c, Records.membership("ARM", "CSTO", MembershipStatus.MEMBER, "1992", "2024-02",
                    doc.getId()));
            memberships.save(c, Records.membership("BLR", "SCO", MembershipStatus.MEMBER, "2024-07-04", null,
                    doc.getId()));
            return null;
        });
    }

    @Test
    void migrationsAreRecordedAndRerunsAreNoOps() {
        assertEquals(3, new SchemaMigrator(database().dataSource(), database().dialect()).migrate());
    }

    @Test
    void savedRecordsReadBackEqual() {
        Agreement shusha = Records.agreement("Shusha Declaration on Allied Relations",
                AgreementKind.JOINT_DECLARATION, "2021-06-15", doc.getId(), "AZE", "TUR");
        Agreement read = database().read(c -> agreements.find(c, shusha.getId())).orElseThrow();
        assertEquals(shusha.getTitle(), read.getTitle());
        assertEquals(shusha.getParties(), read.getParties());
        assertEquals("2021-06-15", read.getSigned().toString());
        assertEquals(1, read.getEvidence().size());
    }

    @Test
    void agreementsFilterByEveryGivenParty() {
        assertEquals(2, agreementTitles(new AgreementFilter(List.of("AZE"), null, null, null, null, null)).size());
        assertEquals(List.of("Treaty on Strategic Partnership"),
                agreementTitles(new AgreementFilter(List.of("AZE", "KAZ"), null, null, null, null, null)));
        assertEquals(List.of(), agreementTitles(new AgreementFilter(List.of("TUR", "CHN"), null, null, null, null,
                null)));
    }

    @Test
    void agreementsFilterByKindStatusAndText() {
        assertEquals(List.of("Memorandum on Rail Transit"),
                agreementTitles(new AgreementFilter(List.of(), AgreementKind.MEMORANDUM, null, null, null, null)));
        assertEquals(3, agreementTitles(new AgreementFilter(List.of(), null, AgreementStatus.SIGNED, null, null,
                null)).size());
        assertEquals(List.of("Shusha Declaration on Allied Relations"),
                agreementTitles(new AgreementFilter(List.of(), null, null, null, null, "SHUSHA declaration")));
        assertEquals(List.of(), agreementTitles(new AgreementFilter(List.of(), null, null, null, null, "100%")));
    }

    @Test
    void agreementsFilterByDateRangeOnPartialDates() {
        // "2024-08" can mean any day of August 2024: a window ending 2024-08-01 still reaches it
        assertEquals(List.of("Treaty on Strategic Partnership"), agreementTitles(new AgreementFilter(List.of(), null,
                null, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 8, 1), null)));
        assertEquals(2, agreementTitles(new AgreementFilter(List.of(), null, null, LocalDate.of(2020, 1, 1), null,
                null)).size());
        assertEquals(List.of("Memorandum on Rail Transit"), agreementTitles(new AgreementFilter(List.of(), null, null,
                null, LocalDate.of(2019, 1, 1), null)));
    }

    @Test
    void pagesCarryTheTotalAndFollowTheIdOrder() {
        Slice<Agreement> first = database().read(c -> agreements.page(c, AgreementFilter.ALL, new PageRequest(2, 0)));
        Slice<Agreement> second = database().read(c -> agreements.page(c, AgreementFilter.ALL, new PageRequest(2, 2)));
        assertEquals(3, first.total());
        assertEquals(2, first.items().size());
        assertEquals(1, second.items().size());
        assertTrue(first.items().get(1).getId().compareTo(second.items().get(0).getId()) < 0);
        assertEquals(0, database().read(c -> agreements.page(c, AgreementFilter.ALL, new PageRequest(0, 0)))
                .items().size());
    }

    @Test
    void cachedPagesReadLikeTheDatabaseUntilTheVersionMoves() {
        ReadCache cache = new ReadCache(1 << 20);
        AgreementFilter aze = AgreementFilter.party("AZE");
        java.util.function.Function<Long, List<String>> read = version -> database().read(
                c -> agreements.page(c, aze, new PageRequest(10, 0), json -> json, cache, version)).items();
        List<String> uncached = database().read(c -> agreements.page(c, aze, new PageRequest(10, 0), json -> json)).items();
        assertEquals(2, uncached.size());
        assertEquals(uncached, read.apply(1L));
        assertEquals(uncached, read.apply(1L), "from the cache");
        assertEquals(uncached.get(0), database().read(c -> agreements.find(c,
                Records.agreement("Shusha Declaration on Allied Relations", AgreementKind.JOINT_DECLARATION,
                        "2021-06-15", doc.getId(), "AZE", "TUR").getId(), json -> json, cache, 1L)).orElseThrow());
        database().inTransaction(c -> {
            agreements.save(c, Records.agreement("Agreement on Caspian Transit", AgreementKind.AGREEMENT, "2025",
                    doc.getId(), "AZE", "KAZ"));
            state.bump(c);
            return null;
        });
        assertEquals(2, read.apply(1L).size(), "still version 1 for a reader of version 1");
        assertEquals(3, read.apply(2L).size(), "the write's version reads the new row");
    }

    @Test
    void corridorsFilterByCountriesModeAndText() {
        assertEquals(2, corridorNames(new CorridorFilter(List.of("AZE"), null, null, null)).size());
        assertEquals(List.of("Middle Corridor"), corridorNames(new CorridorFilter(List.of("AZE", "GEO"), null, null,
                null)));
        assertEquals(List.of("Trans-Caspian Gas Pipeline"), corridorNames(new CorridorFilter(List.of(),
                CorridorMode.PIPELINE, null, null)));
        assertEquals(List.of("Middle Corridor"), corridorNames(new CorridorFilter(List.of(), null, null, "middle")));
    }

    @Test
    void membershipsFilterByMemberOrganizationStatusAndDay() {
        assertEquals(List.of("BLR", "SAU"), members(new MembershipFilter(null, "SCO", null, null)));
        assertEquals(List.of("SAU"), members(new MembershipFilter(null, "SCO", MembershipStatus.DIALOGUE_PARTNER,
                null)));
        assertEquals(List.of("SAU"), members(new MembershipFilter(null, "SCO", null, LocalDate.of(2024, 1, 1))));
        assertEquals(List.of("ARM"), members(new MembershipFilter("ARM", null, null, LocalDate.of(2024, 2, 20))));
        assertEquals(List.of(), members(new MembershipFilter("ARM", null, null, LocalDate.of(2024, 3, 1))));
    }

    @Test
    void streamingVisitsEveryRowInOrder() {
        List<String> ids = new ArrayList<>();
        long n = database().read(c -> agreements.stream(c, AgreementFilter.ALL, a -> ids.add(a.getId())));
        assertEquals(3, n);
        assertEquals(ids.stream().sorted().toList(), ids);
    }

    @Test
    void aFailedTransactionLeavesNothingBehind() {
        Agreement extra = Records.agreement("Extra", AgreementKind.TREATY, null, doc.getId(), "FRA", "DEU");
        assertThrows(IllegalStateException.class, () -> database().inTransaction(c -> {
            agreements.save(c, extra);
            state.bump(c);
            throw new IllegalStateException("boom");
        }));
        assertFalse(database().read(c -> agreements.find(c, extra.getId())).isPresent());
    }

    @Test
    void savingAgainReplacesTheFilterRows() {
        Agreement treaty = Records.agreement("Treaty on Strategic Partnership", AgreementKind.TREATY, "2024-08",
                doc.getId(), "AZE", "UZB", "KAZ");
        treaty.getParties().remove(2);
        database().inTransaction(c -> {
            agreements.save(c, treaty);
            return null;
        });
        assertEquals(List.of(), agreementTitles(new AgreementFilter(List.of("AZE", "KAZ"), null, null, null, null,
                null)));
        assertEquals(3, database().read(c -> agreements.page(c, AgreementFilter.ALL, new PageRequest(10, 0))).total());
    }

    @Test
    void evidenceIndexFindsTheCitingRecords() {
        List<String> ids = database().read(c -> new EvidenceRows().recordIdsCiting(c, doc.getId()));
        assertEquals(8, ids.size());
    }

    private List<String> agreementTitles(AgreementFilter filter) {
        return database().read(c -> agreements.page(c, filter, new PageRequest(100, 0))).items().stream()
                .map(Agreement::getTitle).sorted().toList();
    }

    private List<String> corridorNames(CorridorFilter filter) {
        return database().read(c -> corridors.page(c, filter, new PageRequest(100, 0))).items().stream()
                .map(Corridor::getName).sorted().toList();
    }

    private List<String> members(MembershipFilter filter) {
        return database().read(c -> memberships.page(c, filter, new PageRequest(100, 0))).items().stream()
                .map(Membership::getMember).sorted().toList();
    }
}
