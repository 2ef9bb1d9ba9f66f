package org.pactum.api.resources;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.api.Page;
import org.pactum.api.Problem;
import org.pactum.api.query.AgreementQuery;
import org.pactum.model.Agreement;

/** Agreements: treaties, joint declarations, memoranda... */
@Path("agreements")
@Tag(name = "Agreements", description = "Treaties, agreements, joint statements and declarations, memoranda.")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public interface AgreementsResource {

    @GET
    @Operation(operationId = "listAgreements", summary = "List agreements",
            description = "Agreements matching every given filter, sorted by id, one page at a time. The response "
                    + "carries the total, Link headers to the neighbouring pages, and an ETag.")
    @APIResponse(responseCode = "200", description = "A page of agreements.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "A filter is invalid; each violation names its parameter.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response list(@Valid @BeanParam AgreementQuery query);

    @GET
    @Path("{id}")
    @Operation(operationId = "getAgreement", summary = "Get one agreement", description = "The agreement with this id, with its evidence.")
    @APIResponse(responseCode = "200", description = "The agreement.",
            content = @Content(schema = @Schema(implementation = Agreement.class)))
    @APIResponse(responseCode = "404", description = "No agreement has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The agreement's id.", example = "agr-0123456789abcdef")
                 @PathParam("id") String id);
}
