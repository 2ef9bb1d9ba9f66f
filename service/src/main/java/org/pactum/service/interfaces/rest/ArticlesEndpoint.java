package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import org.pactum.api.ImportReport;
import org.pactum.api.resources.ArticlesResource;
import org.pactum.importer.ArticleMetadata;
import org.pactum.importer.ArticleRejectedException;
import org.pactum.service.application.ArticleImportService;
import org.pactum.service.infrastructure.config.ServiceSettings;
import org.pactum.service.interfaces.rest.problem.ProblemException;
import org.pactum.service.interfaces.rest.problem.Problems;

/** {@link ArticlesResource}: 201 for a new article, 200 for one stored before. */
@RequestScoped
public class ArticlesEndpoint implements ArticlesResource {

    @Inject
    ArticleImportService imports;
    @Inject
    ServiceSettings settings;
    @Context
    SecurityContext security;
    @Context
    UriInfo uriInfo;

    @Override
    public Response importArticle(InputStream article, String published, String url) {
        EditorCheck.require(security);
        byte[] body = readLimited(article, settings.importMaxBytes());
        ArticleMetadata metadata = new ArticleMetadata(QueryMapping.day(published), url, null);
        ImportReport report;
        try {
            report = imports.importArticle(body, metadata);
        } catch (ArticleRejectedException e) {
            int status = e.reason() == ArticleRejectedException.Reason.TOO_LARGE ? 413 : 400;
            throw new ProblemException(Problems.of(status, "article-rejected", e.getMessage()));
        }
        if (report.isAlreadyStored()) {
            return Response.ok(report).build();
        }
        URI document = uriInfo.getBaseUriBuilder().path("documents").path(report.getDocumentId()).build();
        return Response.created(document).entity(report).build();
    }

    /** The body, refused with 413 as soon as it passes the limit (never buffered whole). */
    private static byte[] readLimited(InputStream in, long maxBytes) {
        try (in) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new ProblemException(Problems.of(413, "too-large",
                        "the article exceeds " + maxBytes + " bytes (pactum.import.maxBytes)"));
            }
            return bytes;
        } catch (IOException e) {
            throw new ProblemException(Problems.of(400, "unreadable", "cannot read the request body: " + e.getMessage()));
        }
    }
}
