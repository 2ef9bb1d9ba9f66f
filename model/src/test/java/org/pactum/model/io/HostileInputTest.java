package org.pactum.model.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile and broken input is refused with a clear message naming line and column. */
class HostileInputTest {

    private static DatasetException refuse(DatasetFormat format, String text, boolean validateXsd) {
        return assertThrows(DatasetException.class, () -> DatasetReaders.readAll(format,
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), validateXsd));
    }

    @Test
    void externalEntityIsRefusedAndNothingIsRead(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE dataset [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<dataset xmlns=\"urn:pactum:dataset:1\"><documents><document><id>&xxe;</id></document>"
                + "</documents></dataset>";
        for (boolean validate : new boolean[] {false, true}) {
            DatasetException e = refuse(DatasetFormat.XML, xml, validate);
            assertEquals("DOCTYPE declarations are not allowed in a Pactum dataset (DTDs and external entities are "
                    + "refused) (line 2, column " + e.getColumn() + ")", e.getMessage());
            assertEquals(2, e.getLine());
            assertFalse(e.getMessage().contains("TOP-SECRET"));
        }
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE dataset [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"");
            xml.append(("&lol" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">\n");
        }
        xml.append("]>\n<dataset xmlns=\"urn:pactum:dataset:1\"><documents><document><id>&lol9;</id></document>"
                + "</documents></dataset>");
        DatasetException e = refuse(DatasetFormat.XML, xml.toString(), false);
        assertTrue(e.getMessage().startsWith("DOCTYPE declarations are not allowed"), e.getMessage());
    }

    @Test
    void externalDtdIsRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<!DOCTYPE dataset SYSTEM \"http://localhost:1/x.dtd\">"
                + "<dataset xmlns=\"urn:pactum:dataset:1\"/>", false);
        assertTrue(e.getMessage().startsWith("DOCTYPE declarations are not allowed"), e.getMessage());
        assertEquals(1, e.getLine());
    }

    @Test
    void undeclaredEntityIsRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset xmlns=\"urn:pactum:dataset:1\">\n<documents>"
                + "<document><id>&foo;</id></document></documents></dataset>", false);
        assertEquals(2, e.getLine(), e.getMessage());
    }

    @Test
    void foreignRootIsRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset><documents/></dataset>", false);
        assertEquals("Not a Pactum dataset: expected <dataset xmlns=\"urn:pactum:dataset:1\">, found <dataset> "
                + "(line 1, column 10)", e.getMessage());
    }

    @Test
    void malformedXmlNamesLineAndColumn() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset xmlns=\"urn:pactum:dataset:1\">\n  <documents>\n"
                + "    <document><id>x</id></documnt>\n", false);
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getColumn() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith("Malformed XML dataset: "), e.getMessage());
    }

    @Test
    void invalidEdtfInXmlIsNamedWithItsLine() {
        String xml = "<dataset xmlns=\"urn:pactum:dataset:1\">\n<documents>\n<document><id>x</id>"
                + "<published>2025-13</published></document>\n</documents>\n</dataset>";
        DatasetException e = refuse(DatasetFormat.XML, xml, false);
        assertEquals(3, e.getLine(), e.getMessage());
        assertEquals("Invalid document: Invalid EDTF date '2025-13': month 13 is not 01..12 (line 3, column "
                + e.getColumn() + ")", e.getMessage());
    }

    @Test
    void xsdValidationReportsLineAndColumn() {
        String xml = "<dataset xmlns=\"urn:pactum:dataset:1\">\n<agreements>\n<agreement><id>a</id><title>t</title>\n"
                + "<kind>ALLIANCE</kind><status>SIGNED</status></agreement>\n</agreements>\n</dataset>";
        DatasetException e = refuse(DatasetFormat.XML, xml, true);
        assertEquals(4, e.getLine(), e.getMessage());
        assertTrue(e.getColumn() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith("Invalid agreement: "), e.getMessage());
        assertTrue(e.getMessage().contains("ALLIANCE"), e.getMessage());
    }

    @Test
    void unknownSectionIsRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset xmlns=\"urn:pactum:dataset:1\"><treaties/></dataset>",
                false);
        assertTrue(e.getMessage().startsWith("Unexpected element <treaties xmlns=\"urn:pactum:dataset:1\"> in "
                + "<dataset>"), e.getMessage());
    }

    @Test
    void sectionsOutOfOrderAreRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset xmlns=\"urn:pactum:dataset:1\"><agreements/>"
                + "<documents/></dataset>", false);
        assertTrue(e.getMessage().contains("cannot write documents after agreements")
                || e.getMessage().contains("documents after agreements"), e.getMessage());
    }

    @Test
    void truncatedXmlIsRefused() {
        DatasetException e = refuse(DatasetFormat.XML, "<dataset xmlns=\"urn:pactum:dataset:1\"><documents>", false);
        assertTrue(e.getLine() > 0, e.getMessage());
    }

    @Test
    void invalidEdtfInJsonNamesTheRecordStart() {
        String json = "{\"documents\":[\n{\"id\":\"a\"},\n  {\"id\":\"b\",\"published\":\"2025-02-30\"}\n]}";
        DatasetException e = refuse(DatasetFormat.JSON, json, false);
        assertEquals("Invalid document: Invalid EDTF date '2025-02-30': day 30 does not exist in 2025-02 "
                + "(line 3, column " + e.getColumn() + ")", e.getMessage());
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        DatasetException e = refuse(DatasetFormat.JSON, "{\"documents\":[\n{\"id\":\"a\"\n]}", false);
        assertEquals(3, e.getLine(), e.getMessage());
        assertTrue(e.getMessage().startsWith("Malformed JSON dataset: "), e.getMessage());
    }

    @Test
    void unknownJsonSectionIsRefused() {
        DatasetException e = refuse(DatasetFormat.JSON, "{\"treaties\":[]}", false);
        assertTrue(e.getMessage().startsWith("Unknown dataset section \"treaties\""), e.getMessage());
    }

    @Test
    void badJsonLineNamesItsNumber() {
        DatasetException e = refuse(DatasetFormat.JSONL, "{\"document\":{\"id\":\"a\"}}\n\n{\"treaty\":{}}\n", false);
        assertEquals("Unknown record kind \"treaty\": expected document, organization, agreement, corridor or "
                + "membership (line 3, column 1)", e.getMessage());
        e = refuse(DatasetFormat.JSONL, "{\"document\":{\"id\":\"a\"}}\n{\"document\":{\"id\":\n", false);
        assertEquals(2, e.getLine());
        e = refuse(DatasetFormat.JSONL, "{\"agreement\":{\"signed\":\"20255\"}}\n", false);
        assertEquals("Invalid agreement: Invalid EDTF date '20255': the year must have 4 digits (line 1, column 1)",
                e.getMessage());
    }
}
