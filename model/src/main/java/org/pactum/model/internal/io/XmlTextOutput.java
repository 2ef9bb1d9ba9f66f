package org.pactum.model.internal.io;

import org.pactum.model.Namespaces;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;

import java.io.IOException;
import java.io.Writer;

/**
 * Turns the SAX events JAXB produces for one record into XML text on the dataset's writer. Every element is in the
 * dataset namespace, which the {@code dataset} root declares once as the default namespace, so records are written
 * without prefixes or declarations of their own. This is several times faster than JAXB's StAX output, and it
 * refuses characters XML 1.0 cannot carry instead of writing a document no parser would read.
 */
final class XmlTextOutput implements ContentHandler {

    private final Writer out;

    XmlTextOutput(Writer out) {
        this.out = out;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        requireDatasetNamespace(uri, localName);
        try {
            out.write('<');
            out.write(localName);
            for (int i = 0; i < attributes.getLength(); i++) {
                out.write(' ');
                out.write(attributes.getQName(i));
                out.write("=\"");
                String value = attributes.getValue(i);
                escape(value.toCharArray(), 0, value.length(), true);
                out.write('"');
            }
            out.write('>');
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        try {
            out.write("</");
            out.write(localName);
            out.write('>');
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        try {
            escape(ch, start, length, false);
        } catch (IOException e) {
            throw new SAXException(e);
        }
    }

    private static void requireDatasetNamespace(String uri, String localName) throws SAXException {
        if (!Namespaces.DATASET.equals(uri)) {
            throw new SAXException("Element " + localName + " is in namespace '" + uri + "', not "
                    + Namespaces.DATASET);
        }
    }

    /** Writes text with &amp; &lt; &gt; (and CR, quotes in attributes) escaped; refuses what XML 1.0 forbids. */
    private void escape(char[] ch, int start, int length, boolean attribute) throws IOException, SAXException {
        int end = start + length;
        int run = start;   // start of the stretch of characters that need no escaping
        for (int i = start; i < end; i++) {
            char c = ch[i];
            String replacement;
            if (c >= 0x20 && c < 0xD800 && c != '&' && c != '<' && c != '>' && c != '"') {
                continue;
            } else if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"') {
                if (!attribute) {
                    continue;
                }
                replacement = "&quot;";
            } else if (c == '\r') {
                replacement = "&#13;";       // a raw CR would be read back as LF
            } else if (c == '\n' || c == '\t') {
                if (!attribute) {
                    continue;
                }
                replacement = c == '\n' ? "&#10;" : "&#9;";
            } else if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(ch[i + 1])) {
                i++;
                continue;
            } else if (c >= 0xE000 && c <= 0xFFFD || c > 0xDFFF && c < 0xE000) {
                continue;
            } else {
                throw new SAXException(String.format("Character U+%04X cannot be written in XML 1.0 (at offset %d of "
                        + "'%s')", (int) c, i - start, abbreviate(new String(ch, start, length))));
            }
            out.write(ch, run, i - run);
            out.write(replacement);
            run = i + 1;
        }
        out.write(ch, run, end - run);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }

    @Override
    public void startPrefixMapping(String prefix, String uri) {
        // the root element declares the only namespace
    }

    @Override
    public void endPrefixMapping(String prefix) {
        // nothing declared, nothing to end
    }

    @Override
    public void setDocumentLocator(Locator locator) {
        // output has no locator
    }

    @Override
    public void startDocument() {
        // JAXB_FRAGMENT: never called
    }

    @Override
    public void endDocument() {
        // JAXB_FRAGMENT: never called
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    @Override
    public void processingInstruction(String target, String data) {
        // JAXB writes none
    }

    @Override
    public void skippedEntity(String name) {
        // JAXB writes none
    }
}
