package org.pactum.service.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.util.logging.Logger;
import org.pactum.model.io.DatasetFormat;
import org.pactum.model.io.DatasetWriter;
import org.pactum.model.io.DatasetWriters;
import org.pactum.service.infrastructure.persistence.AgreementFilter;
import org.pactum.service.infrastructure.persistence.AgreementTable;
import org.pactum.service.infrastructure.persistence.CorridorFilter;
import org.pactum.service.infrastructure.persistence.CorridorTable;
import org.pactum.service.infrastructure.persistence.Database;
import org.pactum.service.infrastructure.persistence.DocumentTable;
import org.pactum.service.infrastructure.persistence.MembershipFilter;
import org.pactum.service.infrastructure.persistence.MembershipTable;
import org.pactum.service.infrastructure.persistence.OrganizationTable;

/**
 * Streams the store (or a filtered part) through the model's dataset writers, section by section, from one
 * read transaction: rows are fetched in batches and written as they come, so memory stays flat.
 */
@ApplicationScoped
public class DatasetExporter {

    private static final Logger LOG = Logger.getLogger(DatasetExporter.class.getName());

    private final DocumentTable documents = new DocumentTable();
    private final OrganizationTable organizations = new OrganizationTable();
    private final AgreementTable agreements = new AgreementTable();
    private final CorridorTable corridors = new CorridorTable();
    private final MembershipTable memberships = new MembershipTable();

    @Inject
    Database database;

    /** The filters of the three record sections; documents and organizations go out whole. */
    public record Selection(AgreementFilter agreements, CorridorFilter corridors, MembershipFilter memberships) {
        public static final Selection ALL = new Selection(AgreementFilter.ALL, CorridorFilter.ALL, MembershipFilter.ALL);
    }

    /** Writes the dataset and closes the stream; returns the number of records written. */
    public long export(Selection selection, DatasetFormat format, OutputStream out) {
        long started = System.nanoTime();
        long count = database.read(c -> {
            try (DatasetWriter writer = DatasetWriters.open(format, out)) {
                long n = documents.stream(c, writer::write);
                n += organizations.stream(c, writer::write);
                n += agreements.stream(c, selection.agreements(), writer::write);
                n += corridors.stream(c, selection.corridors(), writer::write);
                n += memberships.stream(c, selection.memberships(), writer::write);
                return n;
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "event=export format=" + format + " records=" + count + " millis=" + millis);
        return count;
    }
}
