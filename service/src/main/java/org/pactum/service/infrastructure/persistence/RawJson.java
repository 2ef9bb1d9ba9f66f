package org.pactum.service.infrastructure.persistence;

/** A record's stored model JSON, passed to a JSON response as it is (no parsing and writing it again). */
public record RawJson(String json) {
}
