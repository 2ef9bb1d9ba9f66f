package org.pactum.service.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.api.ImportReport;
import org.pactum.api.client.PactumClient;
import org.pactum.api.client.PactumException;
import org.pactum.api.query.AgreementQuery;
import org.pactum.api.query.Paging;
import org.pactum.model.Document;

/**
 * The runnable jar as a process: the data survives a restart on the embedded H2 file database, and the same
 * jar runs on PostgreSQL by configuration alone.
 */
class RunnableJarIT {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        Map<String, String> config = Map.of("pactum.data.dir", dataDir.toString(),
                "pactum.editor.user", "editor", "pactum.editor.password", "restart-secret");
        Path log = ServiceProcess.logFile("runnable-jar-h2");
        long documents;
        long agreements;
        String removed;
        try (ServiceProcess service = ServiceProcess.start(config, log);
             PactumClient client = PactumClient.connect(service.base())) {
            System.out.println("first start (with seeds) ready after " + service.startup().toMillis() + " ms");
            documents = client.documents(new Paging(0, 0)).getTotal();
            assertTrue(documents > 0, "the seeds are loaded at the first start");
            Document first = client.documents(new Paging(1, 0)).getItems().get(0);
            removed = first.getId();
            client.withCredentials("editor", "restart-secret").deleteDocument(removed);
            agreements = client.agreements(new AgreementQuery().page(0, 0)).getTotal();
        }
        assertTrue(Files.list(dataDir).anyMatch(p -> p.getFileName().toString().startsWith("pactum")),
                "the H2 file is under pactum.data.dir");
        try (ServiceProcess service = ServiceProcess.start(config, log);
             PactumClient client = PactumClient.connect(service.base())) {
            System.out.println("second start ready after " + service.startup().toMillis() + " ms");
            assertEquals(documents - 1, client.documents(new Paging(0, 0)).getTotal(),
                    "the removal survived and the seeds were not loaded again");
            assertEquals(agreements, client.agreements(new AgreementQuery().page(0, 0)).getTotal());
            assertEquals(404, assertThrows(PactumException.class, () -> client.document(removed)).status());
        }
    }

    @Test
    void runsOnPostgreSqlByConfiguration() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Map<String, String> config = Map.of("pactum.data.dir", dataDir.toString(),
                    "pactum.datasource.url", postgres.getJdbcUrl("postgres", "postgres"),
                    "pactum.datasource.user", "postgres", "pactum.datasource.password", "postgres",
                    "pactum.editor.user", "editor", "pactum.editor.password", "pg-secret");
            try (ServiceProcess service = ServiceProcess.start(config, ServiceProcess.logFile("runnable-jar-pg"));
                 PactumClient client = PactumClient.connect(service.base())) {
                HttpResponse<String> ready = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(service.base().resolve("health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertTrue(ready.body().contains("POSTGRESQL"), ready.body());
                assertTrue(client.documents(new Paging(0, 0)).getTotal() > 0, "seeds loaded into PostgreSQL");
                assertFalse(client.agreements(new AgreementQuery().party("AZE")).getItems().isEmpty());

                // another instance's write on the same database: the version is read from it, so the cached
                // answer is not served again
                URI list = service.base().resolve("api/agreements?party=AZE");
                String tag = etag(list);
                assertEquals(tag, etag(list), "the same answer again");
                try (Connection c = DriverManager.getConnection(postgres.getJdbcUrl("postgres", "postgres"),
                        "postgres", "postgres"); Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE store_state SET version = version + 1 WHERE id = 1");
                }
                assertNotEquals(tag, etag(list), "a write by another process changes the answer's ETag");

                PactumClient editor = client.withCredentials("editor", "pg-secret");
                String article = ServiceApiIT.seed("106-power-of-siberia-2.txt") + "\nTalks continue.\n";
                ImportReport first = editor.importArticle(article, null, null);
                assertFalse(first.isAlreadyStored());
                assertTrue(editor.importArticle(article, null, null).isAlreadyStored());
                assertFalse(editor.deleteDocument(first.getDocumentId()).getUpdated().isEmpty());
            }
            assertTrue(Files.list(dataDir).noneMatch(p -> p.getFileName().toString().startsWith("pactum")),
                    "no H2 file when PostgreSQL is configured");
        }
    }

    private static String etag(URI uri) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.discarding()).headers().firstValue("ETag").orElseThrow();
    }
}
