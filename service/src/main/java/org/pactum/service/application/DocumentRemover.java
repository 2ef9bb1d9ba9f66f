package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.pactum.api.DocumentRemoval;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Evidence;
import org.pactum.model.Membership;
import org.pactum.service.infrastructure.persistence.AgreementTable;
import org.pactum.service.infrastructure.persistence.CorridorTable;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DocumentTable;
import org.pactum.service.infrastructure.persistence.EvidenceRows;
import org.pactum.service.infrastructure.persistence.MembershipTable;
import org.pactum.service.infrastructure.persistence.StoreState;

/** Removes a document and the evidence it gave, in one transaction; records left without evidence go too. */
@ApplicationScoped
public class DocumentRemover {

    private static final Logger LOG = Logger.getLogger(DocumentRemover.class.getName());

    private final DocumentTable documents = new DocumentTable();
    private final EvidenceRows evidence = new EvidenceRows();
    private final AgreementTable agreements = new AgreementTable();
    private final CorridorTable corridors = new CorridorTable();
    private final MembershipTable memberships = new MembershipTable();
    private final StoreState state = new StoreState();

    @Inject
    Database database;

    /** The removal report, or empty when no document has this id. */
    public Optional<DocumentRemoval> remove(String documentId) {
        Optional<DocumentRemoval> result = database.inTransaction(c -> {
            if (!documents.exists(c, documentId)) {
                return Optional.empty();
            }
            DocumentRemoval report = new DocumentRemoval();
            report.setDocumentId(documentId);
            Predicate<Evidence> fromDocument = e -> documentId.equals(e.getDocumentId());
            for (String recordId : evidence.recordIdsCiting(c, documentId)) {
                boolean kept = strip(c, recordId, fromDocument);
                (kept ? report.getUpdated() : report.getDeleted()).add(recordId);
            }
            documents.delete(c, documentId);
            state.bump(c);
            return Optional.of(report);
        });
        result.ifPresent(r -> LOG.info(() -> "event=document-removed document=" + documentId
                + " updated=" + r.getUpdated().size() + " deleted=" + r.getDeleted().size()));
        return result;
    }

    /** Drops the document's evidence from one record; returns false when the record had no other and went. */
    private boolean strip(Connection c, String recordId, Predicate<Evidence> fromDocument) throws SQLException {
        switch (RecordKind.ofId(recordId)) {
            case AGREEMENT -> {
                Agreement a = agreements.find(c, recordId).orElseThrow();
                return keepOrDelete(a.getEvidence(), fromDocument) ? save(() -> agreements.save(c, a))
                        : delete(() -> agreements.delete(c, recordId));
            }
            case CORRIDOR -> {
                Corridor k = corridors.find(c, recordId).orElseThrow();
                return keepOrDelete(k.getEvidence(), fromDocument) ? save(() -> corridors.save(c, k))
                        : delete(() -> corridors.delete(c, recordId));
            }
            default -> {
                Membership m = memberships.find(c, recordId).orElseThrow();
                return keepOrDelete(m.getEvidence(), fromDocument) ? save(() -> memberships.save(c, m))
                        : delete(() -> memberships.delete(c, recordId));
            }
        }
    }

    private static boolean keepOrDelete(List<Evidence> evidence, Predicate<Evidence> fromDocument) {
        evidence.removeIf(fromDocument);
        return !evidence.isEmpty();
    }

    private static boolean save(SqlAction action) throws SQLException {
        action.run();
        return true;
    }

    private static boolean delete(SqlAction action) throws SQLException {
        action.run();
        return false;
    }

    @FunctionalInterface
    private interface SqlAction {
        void run() throws SQLException;
    }
}
