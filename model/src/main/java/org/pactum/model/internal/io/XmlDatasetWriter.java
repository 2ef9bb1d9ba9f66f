package org.pactum.model.internal.io;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.MarshalException;
import jakarta.xml.bind.Marshaller;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Namespaces;
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
 * Streams a dataset as XML: the frame ({@code dataset} and its sections) is written here, each record by JAXB as a
 * fragment through {@link XmlTextOutput}, one record a line.
 */
public final class XmlDatasetWriter implements DatasetWriter {

    private final Writer out;
    private final XmlTextOutput records;
    private final Marshaller marshaller;
    private final SectionOrder order = new SectionOrder();
    private boolean closed;

    public XmlDatasetWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.records = new XmlTextOutput(out);
        try {
            this.marshaller = Bindings.jaxb().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataset xmlns=\"" + Namespaces.DATASET + "\">");
        } catch (IOException | JAXBException e) {
            throw new DatasetException("Cannot start writing an XML dataset: " + e.getMessage(), e);
        }
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
        try {
            if (order.enter(section)) {
                if (previous != null) {
                    out.write("\n  </" + previous.plural() + ">");
                }
                out.write("\n  <" + section.plural() + ">");
            }
            out.write("\n    ");
            marshaller.marshal(record, records);
        } catch (MarshalException e) {
            Throwable cause = e.getLinkedException() != null ? e.getLinkedException() : e;
            if (cause.getCause() instanceof IOException io) {
                throw new DatasetException("Cannot write " + section.singular() + ": " + io.getMessage(), io);
            }
            throw new DatasetException("Cannot write " + section.singular() + " " + record + ": "
                    + cause.getMessage(), e);
        } catch (IOException | JAXBException e) {
            throw new DatasetException("Cannot write " + section.singular() + " " + record + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new DatasetException("Cannot flush the XML dataset: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (Writer writer = out) {
            if (order.current() != null) {
                writer.write("\n  </" + order.current().plural() + ">");
            }
            writer.write("\n</dataset>\n");
        } catch (IOException e) {
            throw new DatasetException("Cannot finish the XML dataset: " + e.getMessage(), e);
        }
    }
}
