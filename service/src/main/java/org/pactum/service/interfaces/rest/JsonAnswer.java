package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A complete JSON answer of a read, as it goes out: the body's bytes, its ETag and its Link headers, at the
 * store version it was read at. Built once, it answers the same request again without any work.
 */
record JsonAnswer(long version, EntityTag tag, byte[] body, List<String> links) {

    /** Bytes counted for a cached answer beside its body: the tag, the links, the record. */
    long weight() {
        return body.length + 2L * links.stream().mapToInt(String::length).sum() + 64L * (links.size() + 2);
    }

    /** 304 when the request's If-None-Match holds the tag, the whole answer otherwise. */
    Response answer(Request request) {
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
        }
        return ok();
    }

    /**
     * The 200. With its Content-Length given, the body goes out in one piece; without, Jersey sends anything
     * over its 8 KB buffer chunked, in several writes. Vary is set here because a cached answer skips the
     * content negotiation that would add it.
     */
    Response ok() {
        Response.ResponseBuilder builder = Response.ok(body, MediaType.APPLICATION_JSON_TYPE).tag(tag)
                .header(HttpHeaders.CONTENT_LENGTH, body.length)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        links.forEach(link -> builder.header(HttpHeaders.LINK, link));
        return builder.build();
    }
}
