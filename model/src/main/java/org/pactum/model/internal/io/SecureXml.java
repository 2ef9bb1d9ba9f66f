package org.pactum.model.internal.io;

import org.pactum.model.Namespaces;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.net.URL;

/** XML parsing that never fetches or expands anything from outside the document: no DTD, no external entity. */
public final class SecureXml {

    private SecureXml() {
    }

    private static final class Xsd {
        static final Schema SCHEMA = load();

        private static Schema load() {
            URL xsd = Namespaces.datasetSchema();
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
                factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("Cannot load " + Namespaces.DATASET_XSD + ": " + e.getMessage(), e);
            }
        }
    }

    /** The dataset schema ({@code pactum-dataset-1.xsd}), parsed once. */
    public static Schema datasetSchema() {
        return Xsd.SCHEMA;
    }

    /** A StAX factory that reports a DTD as an event (which the readers refuse) and never loads or expands it. */
    static XMLInputFactory inputFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("External resource refused: " + systemId);
        });
        return factory;
    }
}
