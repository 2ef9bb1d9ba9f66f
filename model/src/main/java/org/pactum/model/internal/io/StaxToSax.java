package org.pactum.model.internal.io;

import org.pactum.model.io.DatasetException;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Pulls one StAX event at a time and pushes it as SAX to a handler (an XSD validator, JAXB): the reader stays in
 * control of the pace, so records stream out one by one. DTDs and entity references are refused.
 */
final class StaxToSax implements Locator {

    private final XMLStreamReader xml;
    private final ContentHandler handler;
    private final AttributesImpl attributes = new AttributesImpl();
    private boolean started;
    private boolean ended;

    StaxToSax(XMLStreamReader xml, ContentHandler handler) {
        this.xml = xml;
        this.handler = handler;
    }

    boolean ended() {
        return ended;
    }

    /** Reads the next event and hands it on. */
    void step() throws XMLStreamException, SAXException {
        if (!started) {
            started = true;
            handler.setDocumentLocator(this);
            handler.startDocument();
            return;
        }
        int event = xml.next();
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> startElement();
            case XMLStreamConstants.END_ELEMENT -> endElement();
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.SPACE, XMLStreamConstants.CDATA ->
                    handler.characters(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
            case XMLStreamConstants.END_DOCUMENT -> {
                ended = true;
                handler.endDocument();
            }
            case XMLStreamConstants.DTD -> throw refused("DOCTYPE declarations are not allowed in a Pactum dataset "
                    + "(DTDs and external entities are refused)");
            case XMLStreamConstants.ENTITY_REFERENCE -> throw refused("Entity reference &" + xml.getLocalName()
                    + "; is not allowed in a Pactum dataset");
            default -> {
                // comments and processing instructions carry no data
            }
        }
    }

    private DatasetException refused(String message) {
        return new DatasetException(message, getLineNumber(), getColumnNumber(), null);
    }

    private void startElement() throws SAXException {
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            handler.startPrefixMapping(nonNull(xml.getNamespacePrefix(i)), nonNull(xml.getNamespaceURI(i)));
        }
        attributes.clear();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String prefix = nonNull(xml.getAttributePrefix(i));
            String local = xml.getAttributeLocalName(i);
            attributes.addAttribute(nonNull(xml.getAttributeNamespace(i)), local,
                    prefix.isEmpty() ? local : prefix + ":" + local, "CDATA", xml.getAttributeValue(i));
        }
        handler.startElement(nonNull(xml.getNamespaceURI()), xml.getLocalName(), qName(), attributes);
    }

    private void endElement() throws SAXException {
        handler.endElement(nonNull(xml.getNamespaceURI()), xml.getLocalName(), qName());
        for (int i = 0; i < xml.getNamespaceCount(); i++) {
            handler.endPrefixMapping(nonNull(xml.getNamespacePrefix(i)));
        }
    }

    private String qName() {
        String prefix = xml.getPrefix();
        return prefix == null || prefix.isEmpty() ? xml.getLocalName() : prefix + ":" + xml.getLocalName();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private Location location() {
        return xml.getLocation();
    }

    @Override
    public String getPublicId() {
        return location().getPublicId();
    }

    @Override
    public String getSystemId() {
        return location().getSystemId();
    }

    @Override
    public int getLineNumber() {
        return location().getLineNumber();
    }

    @Override
    public int getColumnNumber() {
        return location().getColumnNumber();
    }
}
