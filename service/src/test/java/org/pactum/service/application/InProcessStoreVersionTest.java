package org.pactum.service.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.importer.ImportResult;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.MembershipStatus;
import org.pactum.model.validation.RecordValidator;
import org.pactum.service.infrastructure.persistence.ConnectionPools;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DatabaseSettings;
import org.pactum.service.infrastructure.persistence.InProcessStoreVersion;
import org.pactum.service.infrastructure.persistence.SchemaMigrator;
import org.pactum.service.infrastructure.persistence.StoreState;
import org.pactum.service.support.Records;

/**
 * The store version kept in memory follows the database through the service's real write paths: raised by
 * an import and a removal once they commit, never by a write that rolls back or changes nothing, and never
 * visible before the commit.
 */
class InProcessStoreVersionTest {

    @TempDir
    Path dataDir;
    HikariDataSource pool;
    Database database;
    InProcessStoreVersion version;
    RecordStorer storer;
    DocumentRemover remover;
    final StoreState state = new StoreState();

    @BeforeEach
    void open() {
        DatabaseSettings settings = DatabaseSettings.h2File(dataDir, 2);
        pool = ConnectionPools.open(settings);
        new SchemaMigrator(pool, settings.dialect()).migrate();
        Database plain = new Database(pool, settings.dialect());
        plain.inTransaction(c -> { // a store written before this process started
            state.bump(c);
            state.bump(c);
            return null;
        });
        version = new InProcessStoreVersion(plain.read(state::version));
        database = new Database(pool, settings.dialect(), version);
        storer = new RecordStorer(database, RecordValidator.create());
        remover = new DocumentRemover();
        remover.database = database;
    }

    @AfterEach
    void close() {
        pool.close();
    }

    @Test
    void startsAtTheStoredVersion() {
        assertEquals(2, stored());
        assertEquals(2, version.current());
    }

    @Test
    void anImportAndARemovalRaiseItOnceCommitted() {
        Document doc = Records.document("an article on a treaty", "Treaty");
        ImportResult result = result(doc, Records.agreement("Some Treaty", AgreementKind.TREATY, "2020", doc.getId(),
                "FRA", "DEU"));

        storer.store(result);
        assertEquals(3, version.current());
        assertEquals(stored(), version.current());

        assertTrue(storer.store(result).isAlreadyStored());
        assertEquals(3, version.current(), "an article stored before changes nothing");

        remover.remove(doc.getId()).orElseThrow();
        assertEquals(4, version.current());
        assertEquals(stored(), version.current());
        assertTrue(remover.remove(doc.getId()).isEmpty());
        assertEquals(4, version.current(), "removing nothing changes nothing");
    }

    @Test
    void aRolledBackImportLeavesIt() {
        Document doc = Records.document("an article with one bad record", "Bad");
        Membership bad = Records.membership("XXZ", "SCO", MembershipStatus.MEMBER, "2024", "2020", doc.getId());
        assertThrows(InvalidRecordsException.class, () -> storer.store(
                new ImportResult(doc, List.of(), List.of(), List.of(bad), List.of(), List.of())));
        assertEquals(2, version.current());
        assertEquals(2, stored());
    }

    @Test
    void aBumpIsNotVisibleBeforeItsCommitNorAfterARollback() {
        long[] seenInside = new long[1];
        database.inTransaction(c -> {
            state.bump(c);
            seenInside[0] = version.current(); // a reader now must not file the old rows under the new version
            return null;
        });
        assertEquals(2, seenInside[0]);
        assertEquals(3, version.current());

        assertThrows(IllegalStateException.class, () -> database.inTransaction(c -> {
            state.bump(c);
            throw new IllegalStateException("the write fails after its bump");
        }));
        assertEquals(3, version.current());
        assertEquals(3, stored());
    }

    private long stored() {
        return database.read(state::version);
    }

    private static ImportResult result(Document document, Agreement agreement) {
        return new ImportResult(document, List.of(agreement), List.of(), List.of(), List.of(), List.of());
    }
}
