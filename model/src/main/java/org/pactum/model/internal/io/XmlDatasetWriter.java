package org.pactum.model.internal.io;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Namespaces;
import org.pactum.model.Organization;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetWriter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** Streams a dataset as XML: StAX for the frame, one JAXB fragment per record, one record a line. */
public final class XmlDatasetWriter implements DatasetWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final OutputStream out;
    private final XMLStreamWriter xml;
    private final Marshaller marshaller;
    private final SectionOrder order = new SectionOrder();
    private boolean closed;

    public XmlDatasetWriter(OutputStream out) {
        this.out = out;
        try {
            this.xml = new SingleNamespaceWriter(FACTORY.createXMLStreamWriter(out, "UTF-8"), Namespaces.DATASET);
            this.marshaller = Bindings.jaxb().createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.setProperty(Marshaller.JAXB_ENCODING, StandardCharsets.UTF_8.name());
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.setDefaultNamespace(Namespaces.DATASET);
            xml.writeStartElement("", "dataset", Namespaces.DATASET);
            xml.writeDefaultNamespace(Namespaces.DATASET);
        } catch (XMLStreamException | JAXBException e) {
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
                    xml.writeCharacters("\n  ");
                    xml.writeEndElement();
                }
                xml.writeCharacters("\n  ");
                xml.writeStartElement("", section.plural(), Namespaces.DATASET);
            }
            xml.writeCharacters("\n    ");
            marshaller.marshal(record, xml);
        } catch (XMLStreamException | JAXBException e) {
            throw new DatasetException("Cannot write " + section.singular() + " " + record + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void flush() {
        try {
            xml.flush();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new DatasetException("Cannot flush the XML dataset: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try (OutputStream stream = out) {
            if (order.current() != null) {
                xml.writeCharacters("\n  ");
                xml.writeEndElement();
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.close();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new DatasetException("Cannot finish the XML dataset: " + e.getMessage(), e);
        }
    }
}
