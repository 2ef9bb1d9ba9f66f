package org.pactum.service.infrastructure.persistence;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The model JSON kept in each row's json column (JSON-B with the model's own mapping). */
public final class JsonColumns {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonColumns() {
    }

    public static String write(Object record) {
        return JSONB.toJson(record);
    }

    public static <T> T read(String json, Class<T> type) {
        return JSONB.fromJson(json, type);
    }
}
