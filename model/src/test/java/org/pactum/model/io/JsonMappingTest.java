package org.pactum.model.io;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Dataset;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.Samples;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Exact JSON both ways, with a plain JSON-B instance as a Jakarta EE container would use. */
class JsonMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    static final String EVIDENCE = "{\"documentId\":\"" + Samples.DOCUMENT_ID + "\",\"start\":0,\"end\":13,"
            + "\"quote\":\"Prior to this\",\"confidence\":0.9,\"extractorVersion\":\"test-1\"}";

    static final String DOCUMENT = "{\"id\":\"" + Samples.DOCUMENT_ID + "\",\"title\":\"Azerbaijan and China\","
            + "\"outlet\":\"Example Times\",\"published\":\"2026-01-06\",\"url\":\"https://news.example/az-cn\"}";

    static final String ORGANIZATION = "{\"code\":\"SCO\",\"name\":\"Shanghai Cooperation Organisation\","
            + "\"aliases\":[\"Shanghai Cooperation Organization\"]}";

    static final String AGREEMENT = "{\"id\":\"" + Samples.agreement().getId() + "\","
            + "\"title\":\"Joint Declaration on Establishing a Strategic Partnership\",\"kind\":\"JOINT_DECLARATION\","
            + "\"status\":\"IN_FORCE\",\"parties\":[{\"code\":\"AZE\",\"role\":\"PARTY\"},"
            + "{\"code\":\"CHN\",\"role\":\"PARTY\"}],\"signed\":\"2024-07\",\"inForce\":\"2024-07-04\","
            + "\"ended\":\"2030~\",\"place\":\"Astana\",\"occasion\":\"SCO summit\",\"evidence\":[" + EVIDENCE + "]}";

    static final String CORRIDOR = "{\"id\":\"" + Samples.corridor().getId() + "\",\"name\":\"Middle Corridor\","
            + "\"aliases\":[\"Trans-Caspian International Transport Route\",\"TITR\"],\"modes\":[\"RAIL\",\"SEA\"],"
            + "\"countries\":[\"CHN\",\"KAZ\",\"AZE\",\"GEO\",\"TUR\"],\"places\":[\"Aktau\",\"Baku\"],"
            + "\"status\":\"OPERATIONAL\",\"milestones\":[{\"date\":\"2024-08\",\"event\":\"groundbreaking ceremony\"}],"
            + "\"partOf\":\"Belt and Road Initiative\",\"figures\":[{\"metric\":\"transit traffic\",\"value\":86,"
            + "\"unit\":\"%\",\"change\":true,\"period\":\"2024\"}],\"evidence\":[" + EVIDENCE + "]}";

    static final String MEMBERSHIP = "{\"id\":\"" + Samples.membership().getId() + "\",\"member\":\"AZE\","
            + "\"organization\":\"D-8\",\"status\":\"MEMBER\",\"since\":\"2024-12-19\",\"until\":\"2025/..\","
            + "\"evidence\":[" + EVIDENCE + "]}";

    @AfterAll
    static void close() throws Exception {
        JSONB.close();
    }

    @Test
    void documentExactlyBothWays() {
        assertEquals(DOCUMENT, JSONB.toJson(Samples.document()));
        assertEquals(Samples.document(), JSONB.fromJson(DOCUMENT, Document.class));
    }

    @Test
    void organizationExactlyBothWays() {
        assertEquals(ORGANIZATION, JSONB.toJson(Samples.organization()));
        assertEquals(Samples.organization(), JSONB.fromJson(ORGANIZATION, Organization.class));
    }

    @Test
    void agreementExactlyBothWays() {
        assertEquals(AGREEMENT, JSONB.toJson(Samples.agreement()));
        assertEquals(Samples.agreement(), JSONB.fromJson(AGREEMENT, Agreement.class));
    }

    @Test
    void corridorExactlyBothWays() {
        assertEquals(CORRIDOR, JSONB.toJson(Samples.corridor()));
        assertEquals(Samples.corridor(), JSONB.fromJson(CORRIDOR, Corridor.class));
    }

    @Test
    void membershipExactlyBothWays() {
        assertEquals(MEMBERSHIP, JSONB.toJson(Samples.membership()));
        assertEquals(Samples.membership(), JSONB.fromJson(MEMBERSHIP, Membership.class));
    }

    @Test
    void emptyAndNullValuesAreLeftOut() {
        Corridor corridor = new Corridor();
        corridor.setName("Zangezur Corridor");
        assertEquals("{\"name\":\"Zangezur Corridor\"}", JSONB.toJson(corridor));
        assertEquals("{}", JSONB.toJson(new Dataset()));
        Corridor read = JSONB.fromJson("{\"name\":\"Zangezur Corridor\"}", Corridor.class);
        assertEquals(corridor, read);
        read.getAliases().add("Zangezur");   // lists of a read record are live and mutable
    }

    @Test
    void datasetWriterJsonIsExact() {
        String expected = "{\"documents\":[\n" + DOCUMENT + "\n],\"organizations\":[\n" + ORGANIZATION
                + "\n],\"agreements\":[\n" + AGREEMENT + "\n],\"corridors\":[\n" + CORRIDOR
                + "\n],\"memberships\":[\n" + MEMBERSHIP + "\n]}\n";
        byte[] json = DatasetRoundTripTest.write(DatasetFormat.JSON, Samples.dataset());
        assertEquals(expected, new String(json, StandardCharsets.UTF_8));
        assertEquals(Samples.dataset(), DatasetReaders.readAll(DatasetFormat.JSON,
                new ByteArrayInputStream(expected.getBytes(StandardCharsets.UTF_8)), false));
        assertEquals(Samples.dataset(), JSONB.fromJson(expected, Dataset.class));
    }

    @Test
    void datasetWriterJsonLinesIsExact() {
        String expected = "{\"document\":" + DOCUMENT + "}\n{\"organization\":" + ORGANIZATION + "}\n"
                + "{\"agreement\":" + AGREEMENT + "}\n{\"corridor\":" + CORRIDOR + "}\n"
                + "{\"membership\":" + MEMBERSHIP + "}\n";
        byte[] jsonl = DatasetRoundTripTest.write(DatasetFormat.JSONL, Samples.dataset());
        assertEquals(expected, new String(jsonl, StandardCharsets.UTF_8));
        assertEquals(Samples.dataset(), DatasetReaders.readAll(DatasetFormat.JSONL,
                new ByteArrayInputStream(expected.getBytes(StandardCharsets.UTF_8)), false));
    }
}
