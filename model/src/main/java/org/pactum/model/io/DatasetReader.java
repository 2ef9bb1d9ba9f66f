package org.pactum.model.io;

import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Dataset;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads a dataset record by record, in constant memory. Each record is a {@link Document}, {@link Organization},
 * {@link Agreement}, {@link Corridor} or {@link Membership}, in the order of the input. Malformed input is a
 * {@link DatasetException} giving the line and column. Records are not validated: use
 * {@link org.pactum.model.validation.RecordValidator}. Not thread-safe.
 */
public interface DatasetReader extends AutoCloseable, Iterator<Object> {

    /** Whether another record follows; reads ahead as far as its start. */
    @Override
    boolean hasNext();

    /** The next record. */
    @Override
    Object next();

    /** The remaining records as a sequential stream (closing the stream closes the reader). */
    default Stream<Object> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(this::close);
    }

    /** Reads every remaining record into memory (small data only) and closes the reader. */
    default Dataset readAll() {
        Dataset dataset = new Dataset();
        try (DatasetReader reader = this) {
            while (reader.hasNext()) {
                Object record = reader.next();
                if (record instanceof Document document) {
                    dataset.getDocuments().add(document);
                } else if (record instanceof Organization organization) {
                    dataset.getOrganizations().add(organization);
                } else if (record instanceof Agreement agreement) {
                    dataset.getAgreements().add(agreement);
                } else if (record instanceof Corridor corridor) {
                    dataset.getCorridors().add(corridor);
                } else if (record instanceof Membership membership) {
                    dataset.getMemberships().add(membership);
                } else {
                    throw new NoSuchElementException("Unexpected record type " + record.getClass().getName());
                }
            }
        }
        return dataset;
    }

    /** Closes the underlying stream. */
    @Override
    void close();
}
