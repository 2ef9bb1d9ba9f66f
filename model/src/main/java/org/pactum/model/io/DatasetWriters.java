package org.pactum.model.io;

import org.pactum.model.Dataset;
import org.pactum.model.internal.io.JsonDatasetWriter;
import org.pactum.model.internal.io.XmlDatasetWriter;

import java.io.OutputStream;
import java.util.Objects;

/** Opens {@link DatasetWriter}s. Output is UTF-8. */
public final class DatasetWriters {

    private DatasetWriters() {
    }

    /** A streaming writer of the given format onto {@code out}; closing the writer closes {@code out}. */
    public static DatasetWriter open(DatasetFormat format, OutputStream out) {
        Objects.requireNonNull(out, "out");
        return switch (Objects.requireNonNull(format, "format")) {
            case XML -> new XmlDatasetWriter(out);
            case JSON -> new JsonDatasetWriter(out, false);
            case JSONL -> new JsonDatasetWriter(out, true);
        };
    }

    /** Writes a whole dataset held in memory (small data) and closes {@code out}. */
    public static void write(DatasetFormat format, Dataset dataset, OutputStream out) {
        try (DatasetWriter writer = open(format, out)) {
            writer.writeAll(dataset);
        }
    }
}
