package org.pactum.api.client;

import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.pactum.api.DocumentRemoval;
import org.pactum.api.ImportReport;
import org.pactum.api.Page;
import org.pactum.api.PartyOverview;
import org.pactum.api.Problem;
import org.pactum.api.query.AgreementQuery;
import org.pactum.api.query.CorridorQuery;
import org.pactum.api.query.ExportQuery;
import org.pactum.api.query.MembershipQuery;
import org.pactum.api.query.Paging;
import org.pactum.model.Agreement;
import org.pactum.model.Corridor;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;

/**
 * A typed client of the Pactum service, on the Jakarta REST client API (bring an implementation such as
 * Jersey's {@code jersey-client} + {@code jersey-hk2}, and a JSON-B implementation such as Yasson).
 *
 * <pre>{@code
 * try (PactumClient pactum = PactumClient.connect(URI.create("http://localhost:8080/"))) {
 *     Page<Agreement> page = pactum.agreements(new AgreementQuery().party("AZE", "UZB"));
 * }
 * }</pre>
 *
 * Errors throw {@link PactumException} carrying the service's problem details.
 */
public final class PactumClient implements AutoCloseable {

    private static final GenericType<Page<Agreement>> AGREEMENTS = new GenericType<>() { };
    private static final GenericType<Page<Corridor>> CORRIDORS = new GenericType<>() { };
    private static final GenericType<Page<Membership>> MEMBERSHIPS = new GenericType<>() { };
    private static final GenericType<Page<Organization>> ORGANIZATIONS = new GenericType<>() { };
    private static final GenericType<Page<Document>> DOCUMENTS = new GenericType<>() { };

    private final Client client;
    private final WebTarget api;
    private final String authorization;

    private PactumClient(Client client, WebTarget api, String authorization) {
        this.client = client;
        this.api = api;
        this.authorization = authorization;
    }

    /** A client of the service whose root is {@code baseUri} (for example {@code http://localhost:8080/}). */
    public static PactumClient connect(URI baseUri) {
        Client client = ClientBuilder.newBuilder().register(new JsonbBodyProvider()).build();
        return new PactumClient(client, client.target(baseUri).path("api"), null);
    }

    /** The same client sending HTTP Basic credentials, for the editor's operations. */
    public PactumClient withCredentials(String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new PactumClient(client, api, "Basic " + token);
    }

    public Page<Agreement> agreements(AgreementQuery query) {
        WebTarget t = paged(api.path("agreements"), query.getPaging());
        t = many(t, "party", query.getParty());
        t = one(t, "kind", query.getKind());
        t = one(t, "status", query.getStatus());
        t = one(t, "from", query.getFrom());
        t = one(t, "to", query.getTo());
        t = one(t, "text", query.getText());
        return read(t, AGREEMENTS);
    }

    public Agreement agreement(String id) {
        return read(api.path("agreements").path(id), new GenericType<>(Agreement.class));
    }

    public Page<Corridor> corridors(CorridorQuery query) {
        WebTarget t = paged(api.path("corridors"), query.getPaging());
        t = many(t, "country", query.getCountry());
        t = one(t, "mode", query.getMode());
        t = one(t, "status", query.getStatus());
        t = one(t, "text", query.getText());
        return read(t, CORRIDORS);
    }

    public Corridor corridor(String id) {
        return read(api.path("corridors").path(id), new GenericType<>(Corridor.class));
    }

    public Page<Membership> memberships(MembershipQuery query) {
        WebTarget t = paged(api.path("memberships"), query.getPaging());
        t = one(t, "member", query.getMember());
        t = one(t, "organization", query.getOrganization());
        t = one(t, "status", query.getStatus());
        t = one(t, "asOf", query.getAsOf());
        return read(t, MEMBERSHIPS);
    }

    public Membership membership(String id) {
        return read(api.path("memberships").path(id), new GenericType<>(Membership.class));
    }

    /** A state's or organization's agreements, memberships and corridors (first 50 of each). */
    public PartyOverview party(String code) {
        return read(api.path("parties").path(code), new GenericType<>(PartyOverview.class));
    }

    public Page<Organization> organizations(Paging paging) {
        return read(paged(api.path("organizations"), paging), ORGANIZATIONS);
    }

    public Organization organization(String code) {
        return read(api.path("organizations").path(code), new GenericType<>(Organization.class));
    }

    /** Memberships in an organization; {@code asOf} (nullable) keeps those that held on that day. */
    public Page<Membership> members(String organization, LocalDate asOf, Paging paging) {
        WebTarget t = paged(api.path("organizations").path(organization).path("members"), paging);
        return read(one(t, "asOf", asOf == null ? null : asOf.toString()), MEMBERSHIPS);
    }

    public Page<Document> documents(Paging paging) {
        return read(paged(api.path("documents"), paging), DOCUMENTS);
    }

    public Document document(String id) {
        return read(api.path("documents").path(id), new GenericType<>(Document.class));
    }

    /** Imports an article (role editor); {@code published} and {@code url} may be null. */
    public ImportReport importArticle(String text, LocalDate published, String url) {
        WebTarget t = one(one(api.path("articles"), "published", published == null ? null : published.toString()),
                "url", url);
        return call(request(t).post(Entity.entity(text, MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))),
                new GenericType<>(ImportReport.class));
    }

    /** Removes a document and its evidence (role editor). */
    public DocumentRemoval deleteDocument(String id) {
        return call(request(api.path("documents").path(id)).delete(), new GenericType<>(DocumentRemoval.class));
    }

    /** The export stream; the caller closes it. */
    public InputStream export(ExportQuery query) {
        WebTarget t = one(api.path("export"), "format", query.getFormat());
        t = many(t, "party", query.getParty());
        t = one(t, "from", query.getFrom());
        t = one(t, "to", query.getTo());
        Response response = request(t).accept(MediaType.WILDCARD_TYPE).get();
        failUnlessSuccessful(response);
        return response.readEntity(InputStream.class);
    }

    @Override
    public void close() {
        client.close();
    }

    private <T> T read(WebTarget target, GenericType<T> type) {
        return call(request(target).get(), type);
    }

    private Invocation.Builder request(WebTarget target) {
        Invocation.Builder builder = target.request(MediaType.APPLICATION_JSON_TYPE);
        return authorization == null ? builder : builder.header(HttpHeaders.AUTHORIZATION, authorization);
    }

    private static <T> T call(Response response, GenericType<T> type) {
        try (response) {
            failUnlessSuccessful(response);
            return response.readEntity(type);
        }
    }

    private static void failUnlessSuccessful(Response response) {
        if (response.getStatusInfo().getFamily() == Response.Status.Family.SUCCESSFUL) {
            return;
        }
        Problem problem;
        MediaType type = response.getMediaType();
        if (type != null && type.getSubtype().endsWith("json")) {
            problem = response.readEntity(Problem.class);
        } else {
            problem = new Problem("about:blank", response.getStatusInfo().getReasonPhrase(), response.getStatus(),
                    null);
        }
        response.close();
        throw new PactumException(problem);
    }

    private static WebTarget paged(WebTarget target, Paging paging) {
        Paging p = Objects.requireNonNullElseGet(paging, Paging::new);
        return target.queryParam("limit", p.getLimit()).queryParam("offset", p.getOffset());
    }

    private static WebTarget one(WebTarget target, String name, String value) {
        return value == null ? target : target.queryParam(name, value);
    }

    private static WebTarget many(WebTarget target, String name, List<String> values) {
        return values.isEmpty() ? target : target.queryParam(name, values.toArray());
    }
}
