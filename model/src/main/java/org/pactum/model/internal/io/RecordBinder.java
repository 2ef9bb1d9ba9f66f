package org.pactum.model.internal.io;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;

/** Binds one record's JSON object to its class with JSON-B. */
final class RecordBinder {

    private final Jsonb jsonb = Bindings.jsonb();

    Object bind(JsonObject object, Section section) {
        return jsonb.fromJson(object.toString(), section.type());
    }

    /** The most telling message of a binding failure: the innermost cause (e.g. the EDTF parser's). */
    static String reason(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() != null ? root.getMessage() : failure.getMessage();
    }
}
