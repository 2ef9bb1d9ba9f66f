package org.pactum.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.ImportReport;
import org.pactum.importer.ImportResult;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.validation.RecordValidator;
import org.pactum.service.infrastructure.persistence.AgreementFilter;
import org.pactum.service.infrastructure.persistence.AgreementTable;
import org.pactum.service.infrastructure.persistence.ConnectionPools;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DatabaseSettings;
import org.pactum.service.infrastructure.persistence.DocumentTable;
import org.pactum.service.infrastructure.persistence.PageRequest;
import org.pactum.service.infrastructure.persistence.SchemaMigrator;
import org.pactum.service.infrastructure.persistence.StoreState;
import org.pactum.service.support.Records;

/** Storing an article's records: all or nothing, merging by id, idempotent, removable. */
class RecordStorerTest {

    @TempDir
    static Path dataDir;
    static HikariDataSource pool;
    static Database database;
    static RecordStorer storer;

    @BeforeAll
    static void open() {
        DatabaseSettings settings = DatabaseSettings.h2File(dataDir, 2);
        pool = ConnectionPools.open(settings);
        new SchemaMigrator(pool, settings.dialect()).migrate();
        database = new Database(pool, settings.dialect());
        storer = new RecordStorer(database, RecordValidator.create());
    }

    @AfterAll
    static void close() {
        pool.close();
    }

    @Test
    void anInvalidRecordLeavesTheStoreUnchanged() {
        Document doc = Records.document("an article with one bad record", "Bad");
        Agreement good = Records.agreement("Good Treaty", AgreementKind.TREATY, "2020", doc.getId(), "FRA", "DEU");
        Membership bad = Records.membership("XXZ", "SCO", MembershipStatus.MEMBER, "2024", "2020", doc.getId());
        long versionBefore = database.read(new StoreState()::version);

        InvalidRecordsException e = assertThrows(InvalidRecordsException.class, () -> storer.store(
                new ImportResult(doc, List.of(good), List.of(), List.of(bad), List.of(), List.of())));

        assertTrue(e.violations().stream().allMatch(v -> v.getField().startsWith("memberships[0]")),
                e.violations().toString());
        boolean documentStored = database.read(c -> new DocumentTable().exists(c, doc.getId()));
        assertFalse(documentStored);
        assertFalse(database.read(c -> new AgreementTable().find(c, good.getId())).isPresent());
        assertEquals(versionBefore, database.read(new StoreState()::version));
    }

    @Test
    void aSecondArticleMergesEvidenceAndTheSameArticleAddsNothing() {
        Document first = Records.document("first article on the treaty", "First");
        Document second = Records.document("second article on the treaty", "Second");
        Agreement fromFirst = Records.agreement("Merged Treaty", AgreementKind.TREATY, null, first.getId(), "ITA",
                "ESP");
        Agreement fromSecond = Records.agreement("Merged Treaty", AgreementKind.TREATY, "2021-05", second.getId(),
                "ITA", "ESP");

        ImportReport one = storer.store(result(first, fromFirst));
        ImportReport two = storer.store(result(second, fromSecond));
        ImportReport again = storer.store(result(second, fromSecond));

        assertEquals(List.of(fromFirst.getId()), one.getCreated());
        assertEquals(List.of(fromFirst.getId()), two.getUpdated());
        assertTrue(again.isAlreadyStored());
        assertTrue(again.getCreated().isEmpty() && again.getUpdated().isEmpty());
        Agreement stored = database.read(c -> new AgreementTable().find(c, fromFirst.getId())).orElseThrow();
        assertEquals(2, stored.getEvidence().size());
        assertEquals("2021-05", stored.getSigned().toString(), "the missing date is filled in");
        long matching = database.read(c -> new AgreementTable().page(c,
                new AgreementFilter(List.of("ITA", "ESP"), null, null, null, null, "merged"),
                new PageRequest(10, 0))).total();
        assertEquals(1, matching);
    }

    private static ImportResult result(Document document, Agreement agreement) {
        return new ImportResult(document, List.of(agreement), List.of(), List.of(), List.of(), List.of());
    }
}
