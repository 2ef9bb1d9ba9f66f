package org.pactum.model.io;

import org.pactum.model.Dataset;
import org.pactum.model.internal.io.JsonDatasetReader;
import org.pactum.model.internal.io.JsonLinesDatasetReader;
import org.pactum.model.internal.io.XmlDatasetReader;

import java.io.InputStream;
import java.util.Objects;

/**
 * Opens {@link DatasetReader}s. XML input never resolves DTDs or external entities: a document with a DOCTYPE is
 * refused (this stops XXE and "billion laughs"). JSON input is UTF-8.
 */
public final class DatasetReaders {

    private DatasetReaders() {
    }

    /** A streaming reader of {@code in}, without XSD validation; closing it closes {@code in}. */
    public static DatasetReader open(DatasetFormat format, InputStream in) {
        return open(format, in, false);
    }

    /**
     * A streaming reader of {@code in}; closing it closes {@code in}.
     *
     * @param validateXsd for XML, check every record against the dataset XSD as it is read (errors give line and
     *                    column); ignored for JSON and JSON Lines
     */
    public static DatasetReader open(DatasetFormat format, InputStream in, boolean validateXsd) {
        Objects.requireNonNull(in, "in");
        return switch (Objects.requireNonNull(format, "format")) {
            case XML -> new XmlDatasetReader(in, validateXsd);
            case JSON -> new JsonDatasetReader(in);
            case JSONL -> new JsonLinesDatasetReader(in);
        };
    }

    /** Reads a whole dataset into memory (small data) and closes {@code in}. */
    public static Dataset readAll(DatasetFormat format, InputStream in, boolean validateXsd) {
        return open(format, in, validateXsd).readAll();
    }
}
