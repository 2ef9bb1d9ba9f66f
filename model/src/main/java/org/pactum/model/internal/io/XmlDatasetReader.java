package org.pactum.model.internal.io;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.UnmarshalException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.pactum.model.Namespaces;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetReader;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * Streams records out of an XML dataset: StAX walks the frame ({@code dataset}, its sections), JAXB unmarshals one
 * record element at a time, optionally validating it against the XSD. Refuses DTDs.
 */
public final class XmlDatasetReader implements DatasetReader {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final Unmarshaller unmarshaller;
    private final SectionOrder order = new SectionOrder();
    private ValidationEvent firstError;
    private Section section;   // the open section element, or null between sections
    private boolean started;
    private boolean atCurrent;  // JAXB leaves the reader on the event after a record: look at it before moving on
    private boolean finished;
    private Object next;

    public XmlDatasetReader(InputStream in, boolean validateXsd) {
        this.in = in;
        try {
            this.xml = SecureXml.inputFactory().createXMLStreamReader(in);
            this.unmarshaller = Bindings.jaxb().createUnmarshaller();
        } catch (XMLStreamException e) {
            throw failure("Cannot read the XML dataset: " + e.getMessage(), e.getLocation(), e);
        } catch (JAXBException e) {
            throw new DatasetException("Cannot read the XML dataset: " + e.getMessage(), e);
        }
        if (validateXsd) {
            unmarshaller.setSchema(SecureXml.datasetSchema());
        }
        try {
            unmarshaller.setEventHandler(event -> {
                if (event.getSeverity() == ValidationEvent.WARNING) {
                    return true;
                }
                if (firstError == null) {
                    firstError = event;
                }
                return false;
            });
        } catch (JAXBException e) {
            throw new DatasetException("Cannot read the XML dataset: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) {
            next = advance();
        }
        return next != null;
    }

    @Override
    public Object next() {
        if (!hasNext()) {
            throw new NoSuchElementException("No more records in the XML dataset");
        }
        Object record = next;
        next = null;
        return record;
    }

    /** Moves to the next record element and unmarshals it; null at the end of the dataset. */
    private Object advance() {
        try {
            if (!started) {
                expectRoot();
                started = true;
            }
            while (true) {
                int event = nextTag();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    if (section == null) {
                        finished = true;   // </dataset>
                        expectEndOfDocument();
                        return null;
                    }
                    section = null;        // </agreements>
                    continue;
                }
                if (section == null) {
                    section = expectSection();
                    continue;
                }
                return unmarshalRecord();
            }
        } catch (XMLStreamException e) {
            throw failure("Malformed XML dataset: " + e.getMessage(), e.getLocation(), e);
        }
    }

    private void expectRoot() throws XMLStreamException {
        int event = nextTag();
        if (event != XMLStreamConstants.START_ELEMENT || !"dataset".equals(xml.getLocalName())
                || !Namespaces.DATASET.equals(xml.getNamespaceURI())) {
            throw failure("Not a Pactum dataset: expected <dataset xmlns=\"" + Namespaces.DATASET + "\">, found "
                    + describe(event), xml.getLocation(), null);
        }
    }

    private Section expectSection() {
        Section found = Namespaces.DATASET.equals(xml.getNamespaceURI()) ? Section.byPlural(xml.getLocalName()) : null;
        if (found == null) {
            throw failure("Unexpected element " + describe(XMLStreamConstants.START_ELEMENT)
                    + " in <dataset>: expected documents, organizations, agreements, corridors or memberships",
                    xml.getLocation(), null);
        }
        try {
            order.enter(found);
        } catch (IllegalStateException e) {
            throw failure(e.getMessage().replace("written", "given"), xml.getLocation(), null);
        }
        return found;
    }

    private Object unmarshalRecord() throws XMLStreamException {
        if (!Namespaces.DATASET.equals(xml.getNamespaceURI()) || !section.singular().equals(xml.getLocalName())) {
            throw failure("Unexpected element " + describe(XMLStreamConstants.START_ELEMENT) + " in <"
                    + section.plural() + ">: expected <" + section.singular() + ">", xml.getLocation(), null);
        }
        Location start = xml.getLocation();
        firstError = null;
        try {
            Object record = unmarshaller.unmarshal(xml, section.type()).getValue();
            atCurrent = true;
            if (firstError != null) {
                throw invalid(section, start, null);
            }
            return record;
        } catch (UnmarshalException e) {
            throw invalid(section, start, e);
        } catch (JAXBException e) {
            throw failure("Cannot read " + section.singular() + ": " + e.getMessage(), start, e);
        }
    }

    private DatasetException invalid(Section section, Location start, JAXBException cause) {
        if (firstError != null) {
            ValidationEventLocator locator = firstError.getLocator();
            String message = firstError.getMessage();
            if (message == null && firstError.getLinkedException() != null) {
                message = firstError.getLinkedException().getMessage();
            }
            int line = locator == null ? -1 : locator.getLineNumber();
            int column = locator == null ? -1 : locator.getColumnNumber();
            if (line <= 0 && start != null) {
                line = start.getLineNumber();
                column = start.getColumnNumber();
            }
            return new DatasetException("Invalid " + section.singular() + ": " + message, line, column,
                    cause != null ? cause : firstError.getLinkedException());
        }
        Throwable root = cause.getLinkedException() != null ? cause.getLinkedException() : cause;
        if (root instanceof XMLStreamException stax) {
            return failure("Malformed XML dataset: " + stax.getMessage(), stax.getLocation(), cause);
        }
        return failure("Invalid " + section.singular() + ": " + root.getMessage(), start, cause);
    }

    /** Next start or end tag, skipping white space, comments and processing instructions; refuses DTDs. */
    private int nextTag() throws XMLStreamException {
        while (true) {
            int event;
            if (atCurrent) {
                atCurrent = false;
                event = xml.getEventType();
            } else if (xml.hasNext()) {
                event = xml.next();
            } else {
                throw failure("The XML dataset ends too early", xml.getLocation(), null);
            }
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT:
                    return event;
                case XMLStreamConstants.END_DOCUMENT:
                    throw failure("The XML dataset ends too early", xml.getLocation(), null);
                case XMLStreamConstants.SPACE, XMLStreamConstants.COMMENT,
                        XMLStreamConstants.PROCESSING_INSTRUCTION:
                    break;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA:
                    if (!xml.isWhiteSpace()) {
                        throw failure("Unexpected text '" + abbreviate(xml.getText().strip()) + "' in the dataset",
                                xml.getLocation(), null);
                    }
                    break;
                case XMLStreamConstants.DTD:
                    throw failure("DOCTYPE declarations are not allowed in a Pactum dataset (DTDs and external "
                            + "entities are refused)", xml.getLocation(), null);
                case XMLStreamConstants.ENTITY_REFERENCE:
                    throw failure("Entity reference &" + xml.getLocalName() + "; is not allowed in a Pactum dataset",
                            xml.getLocation(), null);
                default:
                    throw failure("Unexpected XML content (event " + event + ")", xml.getLocation(), null);
            }
        }
    }

    private void expectEndOfDocument() throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT
                    || event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                throw failure("Unexpected content after </dataset>", xml.getLocation(), null);
            }
        }
    }

    private String describe(int event) {
        if (event == XMLStreamConstants.START_ELEMENT) {
            String ns = xml.getNamespaceURI();
            return "<" + xml.getLocalName() + (ns == null || ns.isEmpty() ? "" : " xmlns=\"" + ns + "\"") + ">";
        }
        if (event == XMLStreamConstants.END_ELEMENT) {
            return "</" + xml.getLocalName() + ">";
        }
        return "XML event " + event;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }

    private static DatasetException failure(String message, Location location, Throwable cause) {
        int line = location == null ? -1 : location.getLineNumber();
        int column = location == null ? -1 : location.getColumnNumber();
        return new DatasetException(message, line, column, cause);
    }

    @Override
    public void close() {
        try (InputStream stream = in) {
            xml.close();
        } catch (XMLStreamException | IOException e) {
            throw new DatasetException("Cannot close the XML dataset: " + e.getMessage(), e);
        }
    }
}
