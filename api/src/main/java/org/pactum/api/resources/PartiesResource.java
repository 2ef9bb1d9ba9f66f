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
import org.pactum.api.PartyOverview;
import org.pactum.api.Problem;
import org.pactum.api.query.Paging;

/** One state or organization and everything stored about it. */
@Path("parties")
@Tag(name = "Parties", description = "States and organizations, and their records.")
@Produces(MediaType.APPLICATION_JSON)
public interface PartiesResource {

    @GET
    @Path("{code}")
    @Operation(operationId = "getParty", summary = "A party's records",
            description = "A state's or organization's agreements, memberships (as member and, for an "
                    + "organization, its members) and corridors at once; limit and offset apply to each list.")
    @APIResponse(responseCode = "200", description = "The party's records.",
            content = @Content(schema = @Schema(implementation = PartyOverview.class)))
    @APIResponse(responseCode = "404", description = "The code is neither an ISO 3166-1 alpha-3 state code nor a "
            + "stored organization.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "ISO 3166-1 alpha-3 code or organization code.", example = "AZE")
                 @PathParam("code") String code,
                 @Valid @BeanParam Paging paging);
}
