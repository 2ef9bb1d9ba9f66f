package org.pactum.model.io;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.xml.bind.JAXBContext;
import org.junit.jupiter.api.Test;
import org.pactum.model.Dataset;
import org.pactum.model.Samples;

import java.io.StringReader;
import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain JSON-B and JAXB, as a Jakarta EE container uses them, read back what they write. */
class BindingRoundTripTest {

    @Test
    void jsonbRoundTripsADatasetWithEveryField() throws Exception {
        try (Jsonb jsonb = JsonbBuilder.create()) {
            Dataset dataset = Samples.dataset();
            String json = jsonb.toJson(dataset);
            assertEquals(dataset, jsonb.fromJson(json, Dataset.class));
        }
    }

    @Test
    void jaxbRoundTripsADatasetWithEveryField() throws Exception {
        JAXBContext context = JAXBContext.newInstance(Dataset.class);
        Dataset dataset = Samples.dataset();
        StringWriter xml = new StringWriter();
        context.createMarshaller().marshal(dataset, xml);
        assertEquals(dataset, context.createUnmarshaller().unmarshal(new StringReader(xml.toString())));
    }
}
