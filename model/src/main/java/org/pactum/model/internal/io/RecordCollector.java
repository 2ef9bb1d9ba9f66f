package org.pactum.model.internal.io;

import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Unmarshaller;
import jakarta.xml.bind.UnmarshallerHandler;
import org.pactum.model.Namespaces;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

import java.util.ArrayList;
import java.util.List;

/**
 * Receives a dataset as SAX events: checks the frame ({@code dataset}, sections in order, the record elements each
 * section holds) and hands every record element to a fresh JAXB handler, keeping the record it builds.
 */
final class RecordCollector implements ContentHandler {

    private final Unmarshaller unmarshaller;
    private final SectionOrder order = new SectionOrder();
    private final List<String[]> rootPrefixes = new ArrayList<>();
    private Locator locator;
    private int depth;
    private Section section;
    private UnmarshallerHandler record;
    private Object ready;

    RecordCollector(Unmarshaller unmarshaller) {
        this.unmarshaller = unmarshaller;
    }

    /** The record completed by the last events, once; null if none. */
    Object take() {
        Object done = ready;
        ready = null;
        return done;
    }

    /** What is being read, for messages: the record kind inside a record, else the dataset. */
    String where() {
        return record != null && section != null ? section.singular() : "XML dataset";
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        this.locator = locator;
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) throws SAXException {
        if (record != null) {
            record.startPrefixMapping(prefix, uri);
        } else if (depth == 0) {
            rootPrefixes.add(new String[] {prefix, uri});
        }
    }

    @Override
    public void endPrefixMapping(String prefix) throws SAXException {
        if (record != null) {
            record.endPrefixMapping(prefix);
        }
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        depth++;
        if (record != null) {
            record.startElement(uri, localName, qName, attributes);
            return;
        }
        boolean ours = Namespaces.DATASET.equals(uri);
        switch (depth) {
            case 1 -> {
                if (!ours || !"dataset".equals(localName)) {
                    throw new SAXException("Not a Pactum dataset: expected <dataset xmlns=\"" + Namespaces.DATASET
                            + "\">, found " + describe(uri, localName));
                }
            }
            case 2 -> {
                section = ours ? Section.byPlural(localName) : null;
                if (section == null) {
                    throw new SAXException("Unexpected element " + describe(uri, localName) + " in <dataset>: "
                            + "expected documents, organizations, agreements, corridors or memberships");
                }
                try {
                    order.enter(section);
                } catch (IllegalStateException e) {
                    throw new SAXException(e.getMessage().replace("must be written", "must come")
                            .replace("cannot write", "found"));
                }
            }
            default -> {
                if (!ours || !section.singular().equals(localName)) {
                    throw new SAXException("Unexpected element " + describe(uri, localName) + " in <"
                            + section.plural() + ">: expected <" + section.singular() + ">");
                }
                startRecord(uri, localName, qName, attributes);
            }
        }
    }

    private void startRecord(String uri, String localName, String qName, Attributes attributes)
            throws SAXException {
        record = unmarshaller.getUnmarshallerHandler();
        record.setDocumentLocator(locator);
        record.startDocument();
        for (String[] mapping : rootPrefixes) {
            record.startPrefixMapping(mapping[0], mapping[1]);
        }
        record.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        depth--;
        if (record == null) {
            if (depth == 1) {
                section = null;
            }
            return;
        }
        record.endElement(uri, localName, qName);
        if (depth == 2) {
            for (String[] mapping : rootPrefixes) {
                record.endPrefixMapping(mapping[0]);
            }
            record.endDocument();
            try {
                Object result = record.getResult();
                ready = result instanceof JAXBElement<?> element ? element.getValue() : result;
            } catch (JAXBException e) {
                throw new SAXException(e.getMessage(), e);
            } finally {
                record = null;
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (record != null) {
            record.characters(ch, start, length);
            return;
        }
        for (int i = start; i < start + length; i++) {
            if (!Character.isWhitespace(ch[i])) {
                String text = new String(ch, start, length).strip();
                throw new SAXException("Unexpected text '" + (text.length() > 40 ? text.substring(0, 40) + "..." : text)
                        + "' in the dataset");
            }
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) {
        // white space between elements of the frame
    }

    @Override
    public void startDocument() {
        // the frame starts with <dataset>
    }

    @Override
    public void endDocument() {
        // the parser has checked the document is complete
    }

    @Override
    public void processingInstruction(String target, String data) {
        // no meaning in a dataset
    }

    @Override
    public void skippedEntity(String name) throws SAXException {
        throw new SAXException("Entity reference &" + name + "; is not allowed in a Pactum dataset");
    }

    private static String describe(String uri, String localName) {
        return "<" + localName + (uri == null || uri.isEmpty() ? "" : " xmlns=\"" + uri + "\"") + ">";
    }
}
