package org.pactum.model.internal.io;

import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.ValidationEvent;
import jakarta.xml.bind.ValidationEventLocator;
import org.pactum.model.io.DatasetException;
import org.pactum.model.io.DatasetReader;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.validation.ValidatorHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * Streams records out of an XML dataset. A StAX parser (no DTD, no external entity) is pulled one event at a time;
 * the events go, through one streaming XSD validator for the whole document when asked, to a
 * {@link RecordCollector} that checks the frame and lets JAXB build one record element at a time.
 */
public final class XmlDatasetReader implements DatasetReader {

    private final InputStream in;
    private final XMLStreamReader xml;
    private final RecordCollector collector;
    private final StaxToSax events;
    private ValidationEvent bindingError;
    private Object next;

    public XmlDatasetReader(InputStream in, boolean validateXsd) {
        this.in = in;
        try {
            this.xml = SecureXml.inputFactory().createXMLStreamReader(in);
            Unmarshaller unmarshaller = Bindings.jaxb().createUnmarshaller();
            unmarshaller.setEventHandler(event -> {
                if (event.getSeverity() == ValidationEvent.WARNING) {
                    return true;
                }
                if (bindingError == null) {
                    bindingError = event;
                }
                return false;
            });
            this.collector = new RecordCollector(unmarshaller);
        } catch (XMLStreamException e) {
            throw failure("Cannot read the XML dataset: " + e.getMessage(), e.getLocation(), e);
        } catch (JAXBException e) {
            throw new DatasetException("Cannot read the XML dataset: " + e.getMessage(), e);
        }
        if (validateXsd) {
            ValidatorHandler validator = SecureXml.datasetSchema().newValidatorHandler();
            validator.setErrorHandler(new FailOnError());
            validator.setContentHandler(collector);
            this.events = new StaxToSax(xml, validator);
        } else {
            this.events = new StaxToSax(xml, collector);
        }
    }

    /** XSD errors stop reading; warnings do not. */
    private static final class FailOnError implements ErrorHandler {
        @Override
        public void warning(SAXParseException exception) {
            // not a reason to refuse a dataset
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
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

    /** Pushes events until a record is complete; null at the end of the document. */
    private Object advance() {
        try {
            Object record = null;
            while (record == null && !events.ended()) {
                events.step();
                record = collector.take();
            }
            return record;
        } catch (XMLStreamException e) {
            throw failure("Malformed XML dataset: " + strip(e.getMessage()), e.getLocation(), e);
        } catch (SAXParseException e) {
            if (bindingError != null) {
                throw bindingFailure(e);
            }
            throw new DatasetException("Invalid " + collector.where() + ": " + e.getMessage(), e.getLineNumber(),
                    e.getColumnNumber(), e);
        } catch (SAXException e) {
            if (bindingError != null) {
                throw bindingFailure(e);
            }
            throw failure(e.getMessage(), xml.getLocation(), e);
        }
    }

    private DatasetException bindingFailure(SAXException cause) {
        String what = collector.where();
        ValidationEvent event = bindingError;
        bindingError = null;
        ValidationEventLocator locator = event.getLocator();
        Throwable linked = event.getLinkedException();
        String message = linked != null ? RecordBinder.reason(linked) : event.getMessage();
        int line = locator == null ? -1 : locator.getLineNumber();
        int column = locator == null ? -1 : locator.getColumnNumber();
        return new DatasetException("Invalid " + what + ": " + message, line, column, cause);
    }

    /** StAX messages start with "ParseError at [row,col]:[3,28]\nMessage: ..."; the position is given apart. */
    private static String strip(String message) {
        int at = message.indexOf("Message: ");
        return at >= 0 ? message.substring(at + "Message: ".length()) : message;
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
