package org.pactum.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pactum.api.DocumentRemoval;
import org.pactum.api.ImportReport;
import org.pactum.api.Page;
import org.pactum.api.PartyOverview;
import org.pactum.api.client.PactumClient;
import org.pactum.api.client.PactumException;
import org.pactum.api.query.AgreementQuery;
import org.pactum.api.query.CorridorQuery;
import org.pactum.api.query.ExportQuery;
import org.pactum.api.query.MembershipQuery;
import org.pactum.api.query.Paging;
import org.pactum.model.Agreement;
import org.pactum.model.AgreementKind;
import org.pactum.model.Corridor;
import org.pactum.model.CorridorMode;
import org.pactum.model.Document;
import org.pactum.model.Membership;
import org.pactum.model.Organization;
import org.pactum.model.PartyRef;
import org.pactum.model.RecordIds;
import org.pactum.service.application.SeedLoader;

/**
 * The real WAR on a real Payara Micro (one start for the whole class), seeded from the pactum-seeds jar,
 * exercised through the typed client and, for headers and media types, raw HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServiceApiIT {

    static final String EDITOR = "editor";
    static final String PASSWORD = "s3cret-for-tests";

    @Deployment(testable = false)
    static WebArchive service() {
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
                .importFrom(new File(System.getProperty("pactum.war")))
                .as(WebArchive.class);
    }

    @ArquillianResource
    URL base;

    PactumClient client;
    PactumClient editor;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        client = PactumClient.connect(URI.create(base.toString()));
        editor = client.withCredentials(EDITOR, PASSWORD);
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    // ---- reads -------------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void seedsAreLoadedAtFirstStart() {
        Page<Document> documents = client.documents(new Paging(100, 0));
        assertTrue(documents.getTotal() >= 20, "documents: " + documents.getTotal());
        assertTrue(client.agreements(new AgreementQuery()).getTotal() > 0);
        assertTrue(client.corridors(new CorridorQuery()).getTotal() > 0);
        assertTrue(client.memberships(new MembershipQuery()).getTotal() > 0);
    }

    @Test
    void agreementsFilterByEveryGivenParty() {
        Page<Agreement> aze = client.agreements(new AgreementQuery().party("AZE").page(1000, 0));
        assertFalse(aze.getItems().isEmpty());
        aze.getItems().forEach(a -> assertTrue(codes(a).contains("AZE"), a.getTitle()));
        Page<Agreement> both = client.agreements(new AgreementQuery().party("AZE", "TUR").page(1000, 0));
        assertFalse(both.getItems().isEmpty());
        assertTrue(both.getTotal() <= aze.getTotal());
        both.getItems().forEach(a -> assertTrue(codes(a).containsAll(Set.of("AZE", "TUR")), a.getTitle()));
    }

    @Test
    void agreementsFilterByKindDateRangeAndText() {
        Page<Agreement> treaties = client.agreements(new AgreementQuery().kind(AgreementKind.TREATY).page(1000, 0));
        assertFalse(treaties.getItems().isEmpty());
        treaties.getItems().forEach(a -> assertEquals(AgreementKind.TREATY, a.getKind()));

        Page<Agreement> in2010 = client.agreements(new AgreementQuery().from("2010").to("2010").page(1000, 0));
        assertFalse(in2010.getItems().isEmpty());
        for (Agreement a : in2010.getItems()) {
            assertTrue(java.util.stream.Stream.of(a.getSigned(), a.getInForce(), a.getEnded())
                    .filter(d -> d != null)
                    .anyMatch(d -> !d.latest().isBefore(LocalDate.of(2010, 1, 1))
                            && !d.earliest().isAfter(LocalDate.of(2010, 12, 31))), a.getTitle());
        }
        Agreement any = treaties.getItems().get(0);
        String word = any.getTitle().split(" ")[any.getTitle().split(" ").length - 1];
        Page<Agreement> byText = client.agreements(new AgreementQuery().text(word.toUpperCase()).page(1000, 0));
        assertTrue(byText.getItems().stream().anyMatch(a -> a.getId().equals(any.getId())));
    }

    @Test
    void agreementByIdAndUnknownIdAsProblem() {
        Agreement first = client.agreements(new AgreementQuery().page(1, 0)).getItems().get(0);
        Agreement same = client.agreement(first.getId());
        assertEquals(first.getTitle(), same.getTitle());
        assertFalse(same.getEvidence().isEmpty());
        PactumException missing = assertThrows(PactumException.class, () -> client.agreement("agr-0000000000000000"));
        assertEquals(404, missing.status());
        assertEquals("urn:pactum:problem:not-found", missing.problem().getType());
        assertTrue(missing.problem().getDetail().contains("agr-0000000000000000"));
    }

    @Test
    void pagesWalkTheWholeListWithoutOverlap() {
        long total = client.agreements(new AgreementQuery().page(0, 0)).getTotal();
        Set<String> seen = new java.util.HashSet<>();
        for (long offset = 0; offset < total; offset += 7) {
            Page<Agreement> page = client.agreements(new AgreementQuery().page(7, offset));
            assertEquals(total, page.getTotal());
            page.getItems().forEach(a -> assertTrue(seen.add(a.getId()), "twice: " + a.getId()));
        }
        assertEquals(total, seen.size());
    }

    @Test
    void corridorsFilterByCountryModeAndById() {
        Page<Corridor> rail = client.corridors(new CorridorQuery().mode(CorridorMode.RAIL).page(1000, 0));
        assertFalse(rail.getItems().isEmpty());
        rail.getItems().forEach(k -> assertTrue(k.getModes().contains(CorridorMode.RAIL), k.getName()));
        Corridor some = rail.getItems().get(0);
        String country = some.getCountries().get(0);
        Page<Corridor> through = client.corridors(new CorridorQuery().country(country).page(1000, 0));
        through.getItems().forEach(k -> assertTrue(k.getCountries().contains(country)));
        assertEquals(some.getName(), client.corridor(some.getId()).getName());
        assertEquals(404, assertThrows(PactumException.class, () -> client.corridor("cor-none")).status());
    }

    @Test
    void membershipsFilterByOrganizationStatusAndDay() {
        Page<Membership> sco = client.memberships(new MembershipQuery().organization("SCO").page(1000, 0));
        assertFalse(sco.getItems().isEmpty());
        sco.getItems().forEach(m -> assertEquals("SCO", m.getOrganization()));
        LocalDate day = LocalDate.of(2025, 6, 1);
        Page<Membership> then = client.memberships(new MembershipQuery().organization("SCO").asOf(day.toString())
                .page(1000, 0));
        for (Membership m : then.getItems()) {
            assertTrue(m.getSince() == null || !m.getSince().earliest().isAfter(day), m.getId());
            assertTrue(m.getUntil() == null || !m.getUntil().latest().isBefore(day), m.getId());
        }
        Membership one = sco.getItems().get(0);
        assertEquals(one.getMember(), client.membership(one.getId()).getMember());
        Page<Membership> members = client.members("SCO", day, new Paging(1000, 0));
        assertEquals(then.getTotal(), members.getTotal());
    }

    @Test
    void partyOverviewForAStateAnOrganizationAndAnUnknownCode() {
        PartyOverview aze = client.party("AZE");
        assertEquals(PartyOverview.PartyType.STATE, aze.getType());
        assertEquals("Azerbaijan", aze.getName());
        assertTrue(aze.getAgreements().getTotal() > 0);
        assertTrue(aze.getCorridors().getTotal() > 0);
        PartyOverview sco = client.party("SCO");
        assertEquals(PartyOverview.PartyType.ORGANIZATION, sco.getType());
        assertTrue(sco.getMemberships().getTotal() > 0);
        assertEquals(404, assertThrows(PactumException.class, () -> client.party("NOPE-9")).status());
    }

    @Test
    void organizationsListGetAndUnknown() {
        Page<Organization> organizations = client.organizations(new Paging(1000, 0));
        assertTrue(organizations.getItems().stream().anyMatch(o -> "SCO".equals(o.getCode())));
        assertEquals("SCO", client.organization("SCO").getCode());
        assertEquals(404, assertThrows(PactumException.class, () -> client.organization("XYZ-1")).status());
        assertEquals(404, assertThrows(PactumException.class,
                () -> client.members("XYZ-1", null, new Paging())).status());
    }

    // ---- HTTP: negotiation, caching, links, problems --------------------------------------------------------

    @Test
    void xmlByAcceptWithTheModelsNames() throws Exception {
        Agreement first = client.agreements(new AgreementQuery().page(1, 0)).getItems().get(0);
        HttpResponse<String> one = get("api/agreements/" + first.getId(), "application/xml");
        assertEquals(200, one.statusCode());
        assertTrue(one.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        assertTrue(one.body().contains("<agreement xmlns=\"urn:pactum:dataset:1\">"), one.body());
        assertTrue(one.body().contains("<title>"), one.body());
        HttpResponse<String> page = get("api/agreements?limit=2", "application/xml");
        assertTrue(page.body().contains("<page xmlns=\"urn:pactum:service:1\""), page.body());
        assertTrue(page.body().contains("<agreement xmlns=\"urn:pactum:dataset:1\">"), page.body());
        HttpResponse<String> json = get("api/agreements/" + first.getId(), "application/json");
        assertTrue(json.body().startsWith("{\"id\":\"" + first.getId() + "\",\"title\":"), json.body());
    }

    @Test
    void unacceptableMediaTypeIs406Problem() throws Exception {
        HttpResponse<String> r = get("api/agreements", "text/csv");
        assertEquals(406, r.statusCode());
        assertProblem(r, "urn:pactum:problem:not-acceptable");
    }

    @Test
    void etagAnswers304ToIfNoneMatch() throws Exception {
        HttpResponse<String> first = get("api/agreements?party=AZE", "application/json");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.send(HttpRequest.newBuilder(uri("api/agreements?party=AZE"))
                .header("Accept", "application/json").header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> xml = get("api/agreements?party=AZE", "application/xml");
        assertFalse(etag.equals(xml.headers().firstValue("ETag").orElseThrow()), "JSON and XML share an ETag");
    }

    @Test
    void aRepeatedReadIsAnsweredFromTheCacheExactlyAsTheFirstTime() throws Exception {
        String id = client.agreements(new AgreementQuery().page(1, 0)).getItems().get(0).getId();
        // query strings no other test asks, so that the first request is answered by the resource
        for (String path : List.of("api/agreements?party=AZE&limit=3&offset=1", "api/agreements/" + id + "?fresh")) {
            HttpResponse<String> first = get(path, "application/json");
            HttpResponse<String> again = get(path, "application/json");
            assertEquals(200, first.statusCode(), first.body());
            assertEquals(200, again.statusCode());
            assertEquals(first.body(), again.body(), path);
            assertEquals(withoutDate(first), withoutDate(again), path);
            assertEquals(List.of("Accept"), first.headers().allValues("Vary"), path);

            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> notModified = http.send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "application/json").header("If-None-Match", etag).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(304, notModified.statusCode(), path);
            assertEquals(List.of(etag), notModified.headers().allValues("ETag"), path);
            assertEquals(List.of("Accept"), notModified.headers().allValues("Vary"), path);
        }
    }

    private static Map<String, List<String>> withoutDate(HttpResponse<?> r) {
        Map<String, List<String>> headers = new TreeMap<>(r.headers().map());
        headers.remove("date");
        return headers;
    }

    @Test
    void linkHeadersPointToNeighbourPages() throws Exception {
        HttpResponse<String> r = get("api/agreements?limit=2&offset=2", "application/json");
        List<String> links = r.headers().allValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"next\"") && l.contains("offset=4")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"prev\"") && l.contains("offset=0")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"first\"")), links.toString());
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"last\"")), links.toString());
    }

    @Test
    void invalidParametersAre400WithEveryViolationByField() {
        PactumException e = assertThrows(PactumException.class, () -> client.agreements(
                new AgreementQuery().from("2025-13").page(5000, 0)));
        assertEquals(400, e.status());
        assertEquals("urn:pactum:problem:validation", e.problem().getType());
        Set<String> fields = e.problem().getViolations().stream().map(v -> v.getField()).collect(Collectors.toSet());
        assertEquals(Set.of("from", "limit"), fields);
        assertTrue(e.problem().getViolations().stream().anyMatch(v -> v.getMessage().contains("2025-13")));
    }

    @Test
    void invalidRawParametersNameThemselves() throws Exception {
        HttpResponse<String> r = get("api/memberships?asOf=2025-02-30&status=MEMBERISH", "application/json");
        assertEquals(400, r.statusCode());
        assertProblem(r, "urn:pactum:problem:validation");
        assertTrue(r.body().contains("\"field\":\"asOf\""), r.body());
        assertTrue(r.body().contains("\"field\":\"status\""), r.body());
        HttpResponse<String> days = get("api/organizations/SCO/members?asOf=yesterday", "application/json");
        assertEquals(400, days.statusCode());
        assertTrue(days.body().contains("\"field\":\"asOf\""), days.body());
    }

    @Test
    void unknownPathIs404Problem() throws Exception {
        assertProblem(get("api/nothing-here", "application/json"), "urn:pactum:problem:not-found");
        HttpResponse<String> outside = get("nothing-here", "application/json");
        assertEquals(404, outside.statusCode());
        assertProblem(outside, "urn:pactum:problem:not-found");
    }

    // ---- writes: authentication, import, removal -------------------------------------------------------------

    @Test
    void writesNeedTheEditor() throws Exception {
        PactumException none = assertThrows(PactumException.class,
                () -> client.importArticle("Some text.", null, null));
        assertEquals(401, none.status());
        PactumException wrong = assertThrows(PactumException.class,
                () -> client.withCredentials(EDITOR, "wrong").importArticle("Some text.", null, null));
        assertEquals(401, wrong.status());
        assertEquals(401, assertThrows(PactumException.class, () -> client.deleteDocument("abc")).status());
        HttpResponse<String> raw = http.send(HttpRequest.newBuilder(uri("api/articles"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(401, raw.statusCode());
        assertTrue(raw.headers().firstValue("WWW-Authenticate").orElseThrow().startsWith("Basic"));
        assertProblem(raw, "urn:pactum:problem:unauthorized");
    }

    @Test
    @Order(10)
    void importingAnArticleTwiceStoresItOnceAndRemovalUndoesIt() throws Exception {
        String seed = seed("102-uzbekistan-eaeu-observer.txt");
        // the same facts in another article: records merge (updated), none are duplicated
        String article = seed + "\nThe decision was confirmed again by the bloc's secretariat.\n";
        long recordsBefore = recordCount();

        ImportReport first = editor.importArticle(article, LocalDate.of(2020, 12, 15), "https://example.org/uzb");
        assertFalse(first.isAlreadyStored());
        assertFalse(first.getUpdated().isEmpty(), "the seed's records gain evidence");
        Document stored = client.document(first.getDocumentId());
        assertEquals("https://example.org/uzb", stored.getUrl());
        assertEquals(recordsBefore + first.getCreated().size(), recordCount());
        String recordId = first.getUpdated().get(0);
        long documentsCiting = evidenceDocuments(recordId);
        assertTrue(documentsCiting >= 2, "evidence from both articles");

        ImportReport again = editor.importArticle(article, LocalDate.of(2020, 12, 15), "https://example.org/uzb");
        assertTrue(again.isAlreadyStored());
        assertTrue(again.getCreated().isEmpty() && again.getUpdated().isEmpty());
        assertEquals(recordsBefore + first.getCreated().size(), recordCount());

        DocumentRemoval removal = editor.deleteDocument(first.getDocumentId());
        assertTrue(removal.getUpdated().contains(recordId));
        assertEquals(documentsCiting - 1, evidenceDocuments(recordId));
        assertEquals(recordsBefore, recordCount());
        assertEquals(404, assertThrows(PactumException.class, () -> client.document(first.getDocumentId())).status());
        assertEquals(404, assertThrows(PactumException.class, () -> editor.deleteDocument(first.getDocumentId()))
                .status());
    }

    @Test
    @Order(11)
    void importStatusCodesAndLocation() throws Exception {
        String article = seed("104-cku-railway-route.txt") + "\nAnalysts expect more traffic.\n";
        HttpResponse<String> created = post("api/articles", "text/plain", article, true);
        assertEquals(201, created.statusCode(), created.body());
        String location = created.headers().firstValue("Location").orElseThrow();
        assertTrue(location.contains("/api/documents/"), location);
        assertEquals(200, post("api/articles", "text/plain", article, true).statusCode());
        String id = location.substring(location.lastIndexOf('/') + 1);
        editor.deleteDocument(id);
    }

    @Test
    @Order(12)
    void removingTheOnlySourceRemovesItsRecords() throws Exception {
        // a membership that one document alone supports, and the seed article that is that document
        Membership lone = client.memberships(new MembershipQuery().page(1000, 0)).getItems().stream()
                .filter(m -> m.getEvidence().stream().map(e -> e.getDocumentId()).distinct().count() == 1)
                .findFirst().orElseThrow();
        String documentId = lone.getEvidence().get(0).getDocumentId();
        String article = null;
        for (String name : SeedLoader.seedNames()) {
            String text = seed(name);
            if (RecordIds.documentId(text).equals(documentId)) {
                article = text;
            }
        }
        assertNotNull(article, "the seed article of document " + documentId);

        DocumentRemoval removal = editor.deleteDocument(documentId);
        assertTrue(removal.getDeleted().contains(lone.getId()), removal.getDeleted().toString());
        for (String id : removal.getDeleted()) {
            assertEquals(404, assertThrows(PactumException.class, () -> evidenceDocuments(id)).status(), id);
        }
        // and back, for the other tests
        ImportReport back = editor.importArticle(article, null, null);
        assertTrue(back.getCreated().containsAll(removal.getDeleted()), back.getCreated().toString());
    }

    @Test
    @Order(13)
    void aWriteInvalidatesTheCachedListsAndRecords() throws Exception {
        // an agreement that one document alone supports, read (and so cached) in a list and by id
        AgreementQuery all = new AgreementQuery().page(1000, 0);
        Page<Agreement> before = client.agreements(all);
        Agreement lone = before.getItems().stream()
                .filter(a -> a.getEvidence().stream().map(e -> e.getDocumentId()).distinct().count() == 1)
                .findFirst().orElseThrow();
        assertEquals(before.getTotal(), client.agreements(all).getTotal(), "the same list again, from the cache");
        client.agreement(lone.getId());
        String documentId = lone.getEvidence().get(0).getDocumentId();
        String article = null;
        for (String name : SeedLoader.seedNames()) {
            if (RecordIds.documentId(seed(name)).equals(documentId)) {
                article = seed(name);
            }
        }
        assertNotNull(article, "the seed article of document " + documentId);

        String listPath = "api/agreements?limit=1000";
        String idPath = "api/agreements/" + lone.getId();
        String listTag = get(listPath, "application/json").headers().firstValue("ETag").orElseThrow();
        assertEquals(listTag, get(listPath, "application/json").headers().firstValue("ETag").orElseThrow(),
                "the same tag from the cache");
        String idTag = get(idPath, "application/json").headers().firstValue("ETag").orElseThrow();

        DocumentRemoval removal = editor.deleteDocument(documentId);
        assertTrue(removal.getDeleted().contains(lone.getId()), removal.getDeleted().toString());
        HttpResponse<String> listAfterRemoval = getIfNoneMatch(listPath, listTag);
        assertEquals(200, listAfterRemoval.statusCode(), "the removal changed the list: no 304 for its old tag");
        assertFalse(listAfterRemoval.body().contains(lone.getId()));
        String listTagAfterRemoval = listAfterRemoval.headers().firstValue("ETag").orElseThrow();
        assertFalse(listTag.equals(listTagAfterRemoval));
        assertEquals(404, getIfNoneMatch(idPath, idTag).statusCode());
        Page<Agreement> without = client.agreements(all);
        assertTrue(without.getItems().stream().noneMatch(a -> a.getId().equals(lone.getId())), "gone from the list");
        assertTrue(without.getTotal() < before.getTotal(), "and from the total");
        assertEquals(404, assertThrows(PactumException.class, () -> client.agreement(lone.getId())).status());

        ImportReport back = editor.importArticle(article, null, null);
        assertTrue(back.getCreated().contains(lone.getId()), back.getCreated().toString());
        HttpResponse<String> listAfterImport = getIfNoneMatch(listPath, listTagAfterRemoval);
        assertEquals(200, listAfterImport.statusCode(), "the import changed the list: no 304 for the older tag");
        assertTrue(listAfterImport.body().contains(lone.getId()));
        HttpResponse<String> byIdAfterImport = getIfNoneMatch(idPath, idTag);
        assertEquals(200, byIdAfterImport.statusCode());
        assertFalse(idTag.equals(byIdAfterImport.headers().firstValue("ETag").orElseThrow()));
        Page<Agreement> after = client.agreements(all);
        assertTrue(after.getItems().stream().anyMatch(a -> a.getId().equals(lone.getId())), "the import shows in the list");
        assertEquals(before.getTotal(), after.getTotal());
        assertEquals(lone.getTitle(), client.agreement(lone.getId()).getTitle());
    }

    @Test
    void unusableArticlesAreRefusedAndChangeNothing() throws Exception {
        long before = recordCount();
        long documents = client.documents(new Paging(0, 0)).getTotal();
        PactumException binary = assertThrows(PactumException.class,
                () -> editor.importArticle("abc\u0000def", null, null));
        assertEquals(400, binary.status());
        assertEquals("urn:pactum:problem:article-rejected", binary.problem().getType());
        assertEquals(400, assertThrows(PactumException.class, () -> editor.importArticle("   ", null, null)).status());
        assertEquals(before, recordCount());
        assertEquals(documents, client.documents(new Paging(0, 0)).getTotal());
    }

    @Test
    void oversizedBodyIs413AndWrongTypeIs415() throws Exception {
        HttpResponse<String> big = post("api/articles", "text/plain", "word ".repeat(50_000), true);
        assertEquals(413, big.statusCode());
        assertProblem(big, "urn:pactum:problem:too-large");
        HttpResponse<String> json = post("api/articles", "application/json", "{\"text\":\"x\"}", true);
        assertEquals(415, json.statusCode());
        assertProblem(json, "urn:pactum:problem:unsupported-media-type");
    }

    // ---- export and operations ---------------------------------------------------------------------------------

    @Test
    void xmlExportValidatesAgainstTheModelsXsd() throws Exception {
        ExportQuery query = new ExportQuery();
        query.setFormat("xml");
        byte[] xml;
        try (InputStream in = client.export(query)) {
            xml = in.readAllBytes();
        }
        var schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(
                Document.class.getClassLoader().getResource("org/pactum/model/pactum-dataset-1.xsd"));
        schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        String text = new String(xml, StandardCharsets.UTF_8);
        assertTrue(text.contains("<agreement>") || text.contains("<agreement "), text.substring(0, 300));
    }

    @Test
    void jsonLinesExportHonoursTheFilters() throws Exception {
        ExportQuery query = new ExportQuery();
        query.setFormat("jsonl");
        query.setParty(List.of("AZE"));
        String lines;
        try (InputStream in = client.export(query)) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        long agreements = client.agreements(new AgreementQuery().party("AZE").page(0, 0)).getTotal();
        long agreementLines = lines.lines().filter(l -> l.contains("\"agr-")).count();
        assertEquals(agreements, agreementLines, lines);
        HttpResponse<String> bad = get("api/export?format=csv", "*/*");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("\"field\":\"format\""), bad.body());
    }

    @Test
    void openApiHealthAndMetrics() throws Exception {
        String openapi = get("openapi", "application/json").body();
        for (String path : List.of("/api/agreements", "/api/agreements/{id}", "/api/corridors", "/api/memberships",
                "/api/parties/{code}", "/api/organizations/{code}/members", "/api/articles", "/api/documents/{id}",
                "/api/export")) {
            assertTrue(openapi.contains("\"" + path + "\":"), path);
        }
        assertTrue(openapi.contains("every given party must be a party to the agreement"), "parameter descriptions");
        assertTrue(openapi.contains("\"$ref\":\"#/components/schemas/Page\"")
                || openapi.contains("\"$ref\": \"#/components/schemas/Page\""), "list bodies refer to the Page schema");
        assertTrue(openapi.contains("How many records match the filters, over all pages."), "schema descriptions");
        HttpResponse<String> ready = get("health/ready", "application/json");
        assertEquals(200, ready.statusCode());
        assertTrue(ready.body().contains("\"name\":\"database\"") && ready.body().contains("\"status\":\"UP\""),
                ready.body());
        String metrics = get("metrics", "text/plain").body();
        assertTrue(metrics.contains("pactum_imports_total"), metrics);
        assertTrue(metrics.contains("pactum_articles_rejected_total"), metrics);
        assertTrue(metrics.contains("pactum_records_stored"), metrics);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private long recordCount() {
        return client.agreements(new AgreementQuery().page(0, 0)).getTotal()
                + client.corridors(new CorridorQuery().page(0, 0)).getTotal()
                + client.memberships(new MembershipQuery().page(0, 0)).getTotal();
    }

    private long evidenceDocuments(String recordId) {
        List<org.pactum.model.Evidence> evidence = switch (recordId.substring(0, 4)) {
            case "agr-" -> client.agreement(recordId).getEvidence();
            case "cor-" -> client.corridor(recordId).getEvidence();
            default -> client.membership(recordId).getEvidence();
        };
        return evidence.stream().map(e -> e.getDocumentId()).distinct().count();
    }

    private static Set<String> codes(Agreement a) {
        return a.getParties().stream().map(PartyRef::getCode).collect(Collectors.toSet());
    }

    static String seed(String name) throws IOException {
        try (InputStream in = ServiceApiIT.class.getClassLoader().getResourceAsStream("org/pactum/seeds/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private URI uri(String path) {
        return URI.create(base + path);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getIfNoneMatch(String path, String etag) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json")
                .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String type, String body, boolean asEditor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", type)
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (asEditor) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (EDITOR + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertProblem(HttpResponse<String> r, String type) {
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                r.headers().toString());
        assertTrue(r.body().contains("\"type\":\"" + type + "\""), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }

}
