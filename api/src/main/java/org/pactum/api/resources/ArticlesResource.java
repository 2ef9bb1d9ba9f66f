package org.pactum.api.resources;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.api.ImportReport;
import org.pactum.api.Problem;
import org.pactum.api.query.IsoDay;

/** Importing news articles (role editor). */
@Path("articles")
@Tag(name = "Articles", description = "Import news articles as records (role editor).")
public interface ArticlesResource {

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "importArticle", summary = "Import an article",
            description = "Runs the importer on the article and stores the document and its records in one "
                    + "transaction, merging evidence into records that exist already. The same article again "
                    + "changes nothing.")
    @RequestBody(description = "The article as plain text (UTF-8).", required = true,
            content = @Content(mediaType = MediaType.TEXT_PLAIN))
    @APIResponse(responseCode = "201", description = "The article was new; the report lists the records created "
            + "and updated.", content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "200", description = "The article was stored before; nothing changed.",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "The article is unusable or a parameter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "The user lacks the editor role.")
    @APIResponse(responseCode = "413", description = "The body exceeds pactum.import.maxBytes.")
    @APIResponse(responseCode = "415", description = "The body is not text/plain.")
    Response importArticle(InputStream article,
                           @Parameter(description = "The publication day YYYY-MM-DD, when the article has none.",
                                   example = "2026-01-06") @QueryParam("published") @IsoDay String published,
                           @Parameter(description = "Where the article was published.",
                                   example = "https://example.org/news/1") @QueryParam("url") String url);
}
