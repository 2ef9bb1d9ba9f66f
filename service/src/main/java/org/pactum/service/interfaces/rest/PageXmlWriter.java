package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.pactum.api.Page;

/**
 * A page as XML: {@code <page xmlns="urn:pactum:service:1" total=".." limit=".." offset="..">} holding
 * {@code <link rel=".." href=".."/>} elements and the items as the model maps them (namespace
 * {@code urn:pactum:dataset:1}, the same element names as in a dataset).
 */
@Provider
@Produces({MediaType.APPLICATION_XML, MediaType.TEXT_XML})
public class PageXmlWriter implements MessageBodyWriter<Page<?>> {

    public static final String NAMESPACE = "urn:pactum:service:1";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private final Map<Class<?>, JAXBContext> contexts = new ConcurrentHashMap<>();

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Page.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Page<?> page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> httpHeaders, OutputStream out) {
        try {
            XMLStreamWriter xml = OUTPUT.createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(NAMESPACE);
            xml.writeStartElement(NAMESPACE, "page");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("total", Long.toString(page.getTotal()));
            xml.writeAttribute("limit", Integer.toString(page.getLimit()));
            xml.writeAttribute("offset", Long.toString(page.getOffset()));
            for (Map.Entry<String, String> link : page.getLinks().entrySet()) {
                xml.writeEmptyElement(NAMESPACE, "link");
                xml.writeAttribute("rel", link.getKey());
                xml.writeAttribute("href", link.getValue());
            }
            for (Object item : page.getItems()) {
                Marshaller marshaller = context(item.getClass()).createMarshaller();
                marshaller.setProperty(Marshaller.JAXB_FRAGMENT, Boolean.TRUE);
                marshaller.marshal(item, xml);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException | JAXBException e) {
            throw new IllegalStateException("cannot write page as XML: " + e.getMessage(), e);
        }
    }

    private JAXBContext context(Class<?> type) {
        return contexts.computeIfAbsent(type, t -> {
            try {
                return JAXBContext.newInstance(t);
            } catch (JAXBException e) {
                throw new IllegalStateException("no XML mapping for " + t.getName(), e);
            }
        });
    }
}
