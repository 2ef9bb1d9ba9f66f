package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.pactum.api.Page;
import org.pactum.api.query.Paging;
import org.pactum.service.application.RecordCatalog.Versioned;
import org.pactum.service.infrastructure.persistence.PageRequest;
import org.pactum.service.infrastructure.persistence.Slice;

/**
 * Builds the answers of read requests: an ETag from the store version, the request and the accepted type
 * (304 when it matches If-None-Match), pages with their links in the body and in the Link header.
 */
final class Replies {

    private final Request request;
    private final UriInfo uriInfo;
    private final HttpHeaders headers;

    Replies(Request request, UriInfo uriInfo, HttpHeaders headers) {
        this.request = request;
        this.uriInfo = uriInfo;
        this.headers = headers;
    }

    static PageRequest pageRequest(Paging paging) {
        return new PageRequest(paging.getLimit(), paging.getOffset());
    }

    /** The entity, or 404 naming what was looked for. */
    <T> Response one(Versioned<Optional<T>> found, String what, String key) {
        T value = found.value().orElseThrow(() -> new NotFoundException("no " + what + " '" + key + "'"));
        return conditional(value, found.version());
    }

    <T> Response page(Versioned<Slice<T>> found, Paging paging) {
        Page<T> page = toPage(found.value(), paging, uriInfo);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(etag(found.version()));
        if (notModified != null) {
            return notModified.tag(etag(found.version())).build();
        }
        Response.ResponseBuilder builder = Response.ok(page).tag(etag(found.version()));
        page.getLinks().forEach((rel, uri) -> builder.link(URI.create(uri), rel));
        return builder.build();
    }

    Response conditional(Object entity, long version) {
        EntityTag tag = etag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        return Response.ok(entity).tag(tag).build();
    }

    static <T> Page<T> toPage(Slice<T> slice, Paging paging, UriInfo uriInfo) {
        Page<T> page = new Page<>(slice.items(), slice.total(), paging.getLimit(), paging.getOffset());
        page.setLinks(links(slice.total(), paging.getLimit(), paging.getOffset(), uriInfo));
        return page;
    }

    private static Map<String, String> links(long total, int limit, long offset, UriInfo uriInfo) {
        Map<String, String> links = new LinkedHashMap<>();
        if (limit == 0) {
            return links;
        }
        long last = total == 0 ? 0 : ((total - 1) / limit) * limit;
        links.put("first", at(uriInfo, 0));
        if (offset > 0) {
            links.put("prev", at(uriInfo, Math.max(0, offset - limit)));
        }
        if (offset + limit < total) {
            links.put("next", at(uriInfo, offset + limit));
        }
        links.put("last", at(uriInfo, last));
        return links;
    }

    private static String at(UriInfo uriInfo, long offset) {
        return uriInfo.getRequestUriBuilder().replaceQueryParam("offset", offset).build().toString();
    }

    private EntityTag etag(long version) {
        String accept = String.valueOf(headers.getAcceptableMediaTypes());
        String key = version + "|" + uriInfo.getRequestUri() + "|" + accept;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return new EntityTag(HexFormat.of().formatHex(hash, 0, 12));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
