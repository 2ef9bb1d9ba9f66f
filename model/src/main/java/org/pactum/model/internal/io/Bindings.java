package org.pactum.model.internal.io;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.pactum.model.Dataset;

/** The JAXB context and JSON-B instance of the model: expensive, thread-safe, built once. */
public final class Bindings {

    private Bindings() {
    }

    private static final class Xml {
        static final JAXBContext CONTEXT = create();

        private static JAXBContext create() {
            try {
                return JAXBContext.newInstance(Dataset.class);
            } catch (JAXBException e) {
                throw new IllegalStateException("Cannot build the JAXB context of the Pactum model", e);
            }
        }
    }

    private static final class Json {
        static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withFormatting(false));
    }

    public static JAXBContext jaxb() {
        return Xml.CONTEXT;
    }

    public static Jsonb jsonb() {
        return Json.JSONB;
    }
}
