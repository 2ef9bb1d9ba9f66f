package org.pactum.service.application;

import jakarta.validation.ConstraintViolation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pactum.api.ImportReport;
import org.pactum.api.Problem;
import org.pactum.importer.ImportResult;
import org.pactum.importer.RecordRejection;
import org.pactum.importer.merge.RecordMerger;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.validation.RecordValidator;
import org.pactum.service.infrastructure.persistence.AgreementTable;
import org.pactum.service.infrastructure.persistence.CorridorTable;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DocumentTable;
import org.pactum.service.infrastructure.persistence.MembershipTable;
import org.pactum.service.infrastructure.persistence.OrganizationTable;
import org.pactum.service.infrastructure.persistence.StoreState;

/**
 * Stores what the importer found in one article, in one transaction: the document, the organizations it
 * names, and each record merged into the stored record with the same id. Every merged record is validated
 * again; one invalid record rolls everything back. An article already stored changes nothing.
 */
public final class RecordStorer {

    private final Database database;
    private final RecordValidator validator;
    private final DocumentTable documents = new DocumentTable();
    private final OrganizationTable organizations = new OrganizationTable();
    private final AgreementTable agreements = new AgreementTable();
    private final CorridorTable corridors = new CorridorTable();
    private final MembershipTable memberships = new MembershipTable();
    private final StoreState state = new StoreState();

    public RecordStorer(Database database, RecordValidator validator) {
        this.database = database;
        this.validator = validator;
    }

    public ImportReport store(ImportResult result) {
        return database.inTransaction(c -> {
            ImportReport report = new ImportReport();
            String documentId = result.document().getId();
            report.setDocumentId(documentId);
            result.rejections().stream().map(RecordRejection::toString).forEach(report.getRejections()::add);
            if (documents.exists(c, documentId)) {
                report.setAlreadyStored(true);
                return report;
            }
            List<Problem.Violation> violations = new ArrayList<>();
            documents.save(c, result.document());
            for (Organization organization : result.organizations()) {
                if (organizations.find(c, organization.getCode()).isEmpty()) {
                    organizations.save(c, organization);
                }
            }
            int i = 0;
            for (Agreement a : result.agreements()) {
                Optional<Agreement> stored = agreements.find(c, a.getId());
                Agreement merged = stored.map(s -> RecordMerger.merge(s, a)).orElse(a);
                if (check(merged, "agreements[" + i++ + "]", violations)) {
                    agreements.save(c, merged);
                }
                (stored.isPresent() ? report.getUpdated() : report.getCreated()).add(a.getId());
            }
            i = 0;
            for (Corridor k : result.corridors()) {
                Optional<Corridor> stored = corridors.find(c, k.getId());
                Corridor merged = stored.map(s -> RecordMerger.merge(s, k)).orElse(k);
                if (check(merged, "corridors[" + i++ + "]", violations)) {
                    corridors.save(c, merged);
                }
                (stored.isPresent() ? report.getUpdated() : report.getCreated()).add(k.getId());
            }
            i = 0;
            for (Membership m : result.memberships()) {
                Optional<Membership> stored = memberships.find(c, m.getId());
                Membership merged = stored.map(s -> RecordMerger.merge(s, m)).orElse(m);
                if (check(merged, "memberships[" + i++ + "]", violations)) {
                    memberships.save(c, merged);
                }
                (stored.isPresent() ? report.getUpdated() : report.getCreated()).add(m.getId());
            }
            if (!violations.isEmpty()) {
                throw new InvalidRecordsException(documentId, violations);
            }
            state.bump(c);
            return report;
        });
    }

    private <T> boolean check(T record, String path, List<Problem.Violation> violations) throws SQLException {
        for (ConstraintViolation<T> v : validator.validate(record)) {
            String property = v.getPropertyPath().toString();
            violations.add(new Problem.Violation(property.isEmpty() ? path : path + "." + property, v.getMessage()));
        }
        return violations.isEmpty();
    }
}
