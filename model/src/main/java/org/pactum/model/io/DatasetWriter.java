package org.pactum.model.io;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Dataset;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;

/**
 * Writes a dataset record by record, in constant memory. Sections come in a fixed order: documents, organizations,
 * agreements, corridors, memberships; writing a record of an earlier section after a later one is an
 * {@link IllegalStateException}. {@link #close()} finishes the document and closes the stream.
 * Not thread-safe. I/O failures are {@link DatasetException}s.
 */
public interface DatasetWriter extends AutoCloseable {

    void write(Document document);

    void write(Organization organization);

    void write(Agreement agreement);

    void write(Corridor corridor);

    void write(Membership membership);

    /** Writes every record of a dataset held in memory, in section order. */
    default void writeAll(Dataset dataset) {
        dataset.getDocuments().forEach(this::write);
        dataset.getOrganizations().forEach(this::write);
        dataset.getAgreements().forEach(this::write);
        dataset.getCorridors().forEach(this::write);
        dataset.getMemberships().forEach(this::write);
    }

    /** Pushes what is buffered to the stream (the output is not yet a complete document). */
    void flush();

    /** Ends the dataset and closes the underlying stream. */
    @Override
    void close();
}
