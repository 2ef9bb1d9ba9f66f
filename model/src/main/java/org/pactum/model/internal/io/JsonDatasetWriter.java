package org.pactum.model.internal.io;

import jakarta.json.bind.Jsonb;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetWriter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Streams a dataset as JSON ({@code {"documents":[...],...}}, one record a line) or JSON Lines
 * ({@code {"agreement":{...}}} a line). The frame is written here; JSON-B writes each record.
 */
public final class JsonDatasetWriter implements DatasetWriter {

    private final Writer out;
    private final Writer recordOut;
    private final boolean lines;
    private final Jsonb jsonb = Bindings.jsonb();
    private final SectionOrder order = new SectionOrder();
    private boolean closed;

    public JsonDatasetWriter(OutputStream stream, boolean lines) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.recordOut = new UnclosableWriter(out);
        this.lines = lines;
    }

    @Override
    public void write(Document document) {
        record(Section.DOCUMENTS, document);
    }

    @Override
    public void write(Organization organization) {
        record(Section.ORGANIZATIONS, organization);
    }

    @Override
    public void write(Agreement agreement) {
        record(Section.AGREEMENTS, agreement);
    }

    @Override
    public void write(Corridor corridor) {
        record(Section.CORRIDORS, corridor);
    }

    @Override
    public void write(Membership membership) {
        record(Section.MEMBERSHIPS, membership);
    }

    private void record(Section section, Object record) {
        if (closed) {
            throw new IllegalStateException("The dataset writer is closed");
        }
        if (record == null) {
            throw new NullPointerException("Cannot write a null " + section.singular());
        }
        Section previous = order.current();
        boolean starts = order.enter(section);
        try {
            if (lines) {
                out.write("{\"");
                out.write(section.singular());
                out.write("\":");
                jsonb.toJson(record, recordOut);
                out.write("}\n");
                return;
            }
            if (starts) {
                out.write(previous == null ? "{\"" : "\n],\"");
                out.write(section.plural());
                out.write("\":[\n");
            } else {
                out.write(",\n");
            }
            jsonb.toJson(record, recordOut);
        } catch (IOException | RuntimeException e) {
            throw new DatasetException("Cannot write " + section.singular() + " " + record + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new DatasetException("Cannot flush the JSON dataset: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Writer writer = out) {
            if (!lines) {
                writer.write(order.current() == null ? "{}\n" : "\n]}\n");
            }
        } catch (IOException e) {
            throw new DatasetException("Cannot finish the JSON dataset: " + e.getMessage(), e);
        }
    }
}
