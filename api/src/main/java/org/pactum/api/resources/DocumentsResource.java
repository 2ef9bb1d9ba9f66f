package org.pactum.api.resources;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.api.DocumentRemoval;
import org.pactum.api.Page;
import org.pactum.api.Problem;
import org.pactum.api.query.Paging;
import org.pactum.model.Document;

/** The source articles behind the records. */
@Path("documents")
@Tag(name = "Documents", description = "The source articles the records cite.")
public interface DocumentsResource {

    @GET
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(operationId = "listDocuments", summary = "List documents", description = "Every stored document, sorted by id.")
    @APIResponse(responseCode = "200", description = "A page of documents.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    Response list(@Valid @BeanParam Paging paging);

    @GET
    @Path("{id}")
    @Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
    @Operation(operationId = "getDocument", summary = "Get one document", description = "The document's metadata.")
    @APIResponse(responseCode = "200", description = "The document.",
            content = @Content(schema = @Schema(implementation = Document.class)))
    @APIResponse(responseCode = "404", description = "No document has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The document's content-hash id.") @PathParam("id") String id);

    @DELETE
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "basic")
    @Operation(operationId = "deleteDocument", summary = "Remove a document (role editor)",
            description = "Removes the document and the evidence it gave; records left with no evidence go too.")
    @APIResponse(responseCode = "200", description = "What was removed and updated.",
            content = @Content(schema = @Schema(implementation = DocumentRemoval.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials.")
    @APIResponse(responseCode = "403", description = "The user lacks the editor role.")
    @APIResponse(responseCode = "404", description = "No document has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response delete(@Parameter(description = "The document's content-hash id.") @PathParam("id") String id);
}
