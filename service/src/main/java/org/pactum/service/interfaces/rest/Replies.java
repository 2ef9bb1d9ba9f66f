package org.pactum.service.interfaces.rest;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Variant;
import java.util.List;
import java.util.function.Function;
import org.pactum.service.infrastructure.persistence.JsonColumns;
import org.pactum.service.infrastructure.persistence.RawJson;
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
 * (304 when it matches If-None-Match), pages with their links in the body and in the Link header. JSON answers
 * built from stored JSON go into the {@link AnswerCache}, which answers the same request again until a write.
 */
final class Replies {

    private final Request request;
    private final UriInfo uriInfo;
    private final HttpHeaders headers;
    private final AnswerCache answers;

    Replies(Request request, UriInfo uriInfo, HttpHeaders headers, AnswerCache answers) {
        this.request = request;
        this.uriInfo = uriInfo;
        this.headers = headers;
        this.answers = answers;
    }

    private static final List<Variant> VARIANTS =
            Variant.mediaTypes(MediaType.APPLICATION_JSON_TYPE, MediaType.APPLICATION_XML_TYPE).build();

    /**
     * How to turn stored JSON into the answer: passed on as it is when the client takes JSON (the stored JSON
     * is the model's JSON), decoded into the model object for XML.
     */
    <T> Function<String, Object> decoder(Class<T> type) {
        Variant variant = request.selectVariant(VARIANTS);
        if (variant == null) {
            throw new NotAcceptableException();
        }
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(variant.getMediaType())
                ? RawJson::new : json -> JsonColumns.read(json, type);
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
        EntityTag tag = etag(found.version());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build(); // before building the page and its links: a 304 needs neither
        }
        Page<T> page = toPage(found.value(), paging, uriInfo);
        List<String> links = linkHeaders(page);
        if (rawItems(page)) {
            return remembered(new JsonAnswer(found.version(), tag, rawPage(page), links));
        }
        Response.ResponseBuilder builder = Response.ok(page).tag(tag);
        links.forEach(link -> builder.header(HttpHeaders.LINK, link));
        return builder.build();
    }

    /** The Link header values, written as text: Link.fromUri would parse each URI again. */
    private static List<String> linkHeaders(Page<?> page) {
        return page.getLinks().entrySet().stream()
                .map(link -> "<" + link.getValue() + ">; rel=\"" + link.getKey() + "\"").toList();
    }

    Response conditional(Object entity, long version) {
        EntityTag tag = etag(version);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) {
            return notModified.tag(tag).build();
        }
        if (entity instanceof RawJson raw) {
            return remembered(new JsonAnswer(version, tag, raw.json().getBytes(StandardCharsets.UTF_8), List.of()));
        }
        return Response.ok(entity).tag(tag).build();
    }

    /** The answer, kept to answer this request (URI and Accept) again at the same store version. */
    private Response remembered(JsonAnswer answer) {
        answers.put(AnswerCache.Key.of(uriInfo.getRequestUri(), headers.getRequestHeader(HttpHeaders.ACCEPT)), answer);
        return answer.ok();
    }

    private static boolean rawItems(Page<?> page) {
        return !page.getItems().isEmpty() && page.getItems().get(0) instanceof RawJson;
    }

    /**
     * The page as JSON-B writes a {@link Page}, with the stored JSON of the items spliced in, as UTF-8 bytes: a
     * byte array goes out in one write (with its Content-Length, see {@link JsonAnswer#ok()}), where a String is
     * encoded through a Writer in 8 KB pieces, and can be kept as it is.
     */
    private static byte[] rawPage(Page<?> page) {
        StringBuilder json = new StringBuilder(256 + page.getItems().size() * 1024)
                .append("{\"total\":").append(page.getTotal())
                .append(",\"limit\":").append(page.getLimit())
                .append(",\"offset\":").append(page.getOffset())
                .append(",\"links\":{");
        String comma = "";
        for (Map.Entry<String, String> link : page.getLinks().entrySet()) {
            json.append(comma);
            JsonText.string(json, link.getKey()).append(':');
            JsonText.string(json, link.getValue());
            comma = ",";
        }
        json.append("},\"items\":[");
        for (int i = 0; i < page.getItems().size(); i++) {
            json.append(i == 0 ? "" : ",").append(((RawJson) page.getItems().get(i)).json());
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
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
        String template = uriInfo.getRequestUriBuilder().replaceQueryParam("offset", "{offset}").toTemplate();
        links.put("first", at(template, 0));
        if (offset > 0) {
            links.put("prev", at(template, Math.max(0, offset - limit)));
        }
        if (offset + limit < total) {
            links.put("next", at(template, offset + limit));
        }
        links.put("last", at(template, last));
        return links;
    }

    /**
     * The request URI with this offset: one URI builder per page, not per link. The template's only
     * {@code {offset}} is ours (braces in the request's own query arrive percent-encoded).
     */
    private static String at(String template, long offset) {
        return template.replace("{offset}", Long.toString(offset));
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
