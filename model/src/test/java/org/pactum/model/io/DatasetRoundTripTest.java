package org.pactum.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pactum.model.Agreement;
import org.pactum.model.Dataset;
import org.pactum.model.Document;
import org.pactum.model.Namespaces;
import org.pactum.model.Samples;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetRoundTripTest {

    static byte[] write(DatasetFormat format, Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetWriters.write(format, dataset, out);
        return out.toByteArray();
    }

    static Dataset read(DatasetFormat format, byte[] bytes, boolean validateXsd) {
        return DatasetReaders.readAll(format, new ByteArrayInputStream(bytes), validateXsd);
    }

    static void validateAgainstXsd(byte[] xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.newSchema(Namespaces.datasetSchema()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    @ParameterizedTest
    @EnumSource(DatasetFormat.class)
    void everyTypeWithEveryOptionalFieldComesBackEqual(DatasetFormat format) {
        Dataset dataset = Samples.dataset();
        assertEquals(dataset, read(format, write(format, dataset), format == DatasetFormat.XML));
    }

    @ParameterizedTest
    @EnumSource(DatasetFormat.class)
    void anEmptyDatasetComesBackEmpty(DatasetFormat format) {
        assertEquals(new Dataset(), read(format, write(format, new Dataset()), true));
    }

    @Test
    void xmlWithEveryTypeAndOptionalFieldIsValidAgainstTheXsd() throws Exception {
        byte[] xml = write(DatasetFormat.XML, Samples.dataset());
        validateAgainstXsd(xml);
        validateAgainstXsd(write(DatasetFormat.XML, new Dataset()));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<dataset xmlns=\"urn:pactum:dataset:1\">"
                + "\n  <documents>\n    <document><id>"), text);
        assertEquals(1, text.split("xmlns=", -1).length - 1, "the namespace is declared once: " + text);
    }

    @Test
    void xmlOfSingleRecordsFromPlainJaxbIsValidAgainstTheXsd() throws Exception {
        var context = jakarta.xml.bind.JAXBContext.newInstance(Dataset.class);
        for (Object record : List.of(Samples.document(), Samples.organization(), Samples.agreement(),
                Samples.corridor(), Samples.membership(), Samples.dataset(), new Dataset())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            context.createMarshaller().marshal(record, out);
            validateAgainstXsd(out.toByteArray());
        }
    }

    @Test
    void xmlRoundTripIsStable() {
        byte[] first = write(DatasetFormat.XML, Samples.dataset());
        byte[] second = write(DatasetFormat.XML, read(DatasetFormat.XML, first, true));
        assertEquals(new String(first, StandardCharsets.UTF_8), new String(second, StandardCharsets.UTF_8));
    }

    @Test
    void recordsWithoutWhiteSpaceBetweenThemAreAllRead() {
        String xml = "<dataset xmlns='urn:pactum:dataset:1'><documents><document><id>a</id></document>"
                + "<document><id>b</id></document></documents><organizations/></dataset>";
        Dataset dataset = read(DatasetFormat.XML, xml.getBytes(StandardCharsets.UTF_8), true);
        assertEquals(List.of("a", "b"), dataset.getDocuments().stream().map(Document::getId).toList());
    }

    @Test
    void writersKeepTheSectionOrder() {
        for (DatasetFormat format : DatasetFormat.values()) {
            DatasetWriter writer = DatasetWriters.open(format, new ByteArrayOutputStream());
            writer.write(Samples.agreement());
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> writer.write(Samples.document()));
            assertEquals("Dataset sections must be written in the order documents, organizations, agreements, "
                    + "corridors, memberships: cannot write documents after agreements", e.getMessage());
        }
    }

    @Test
    void streamsRecordsInInputOrder() {
        Dataset dataset = Samples.dataset();
        Agreement second = Samples.agreement();
        second.setTitle("Another");
        dataset.getAgreements().add(second);
        for (DatasetFormat format : DatasetFormat.values()) {
            try (DatasetReader reader = DatasetReaders.open(format,
                    new ByteArrayInputStream(write(format, dataset)))) {
                List<Object> records = reader.stream().toList();
                assertEquals(6, records.size());
                assertEquals(List.of(dataset.getDocuments().get(0), dataset.getOrganizations().get(0),
                        dataset.getAgreements().get(0), second, dataset.getCorridors().get(0),
                        dataset.getMemberships().get(0)), records);
                assertFalse(reader.hasNext());
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatasetFormat.class)
    void markupLineEndsAndAnyUnicodeSurviveEveryFormat(DatasetFormat format) throws Exception {
        Dataset dataset = new Dataset();
        Document document = Samples.document();
        document.setTitle("A & B <c> \"d\" 'e' ]]> \r\n\tKars–Iğdır, Қазақстан, 中国 \uD83D\uDE84");
        dataset.getDocuments().add(document);
        byte[] bytes = write(format, dataset);
        assertEquals(dataset, read(format, bytes, true));
        if (format == DatasetFormat.XML) {
            validateAgainstXsd(bytes);
        }
    }

    @Test
    void charactersXmlCannotCarryAreRefusedByName() {
        Document document = Samples.document();
        document.setTitle("bell \u0007 here");
        DatasetWriter writer = DatasetWriters.open(DatasetFormat.XML, new ByteArrayOutputStream());
        DatasetException e = assertThrows(DatasetException.class, () -> writer.write(document));
        assertTrue(e.getMessage().contains("Character U+0007 cannot be written in XML 1.0 (at offset 5 of "
                + "'bell \u0007 here')"), e.getMessage());
    }

    @Test
    void readsItsOwnXsdFromTheJar() throws Exception {
        String xsd = new String(Namespaces.datasetSchema().openStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(xsd.contains("targetNamespace=\"urn:pactum:dataset:1\""));
        assertTrue(new StringReader(xsd).ready());
    }
}
