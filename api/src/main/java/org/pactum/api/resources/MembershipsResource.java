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
import org.pactum.api.query.MembershipQuery;
import org.pactum.model.Membership;

/** Memberships of states and organizations in organizations. */
@Path("memberships")
@Tag(name = "Memberships", description = "Who belongs to which organization, with which status, when.")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public interface MembershipsResource {

    @GET
    @Operation(operationId = "listMemberships", summary = "List memberships",
            description = "Memberships matching every given filter, sorted by id; asOf keeps those that held on "
                    + "that day.")
    @APIResponse(responseCode = "200", description = "A page of memberships.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "A filter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response list(@Valid @BeanParam MembershipQuery query);

    @GET
    @Path("{id}")
    @Operation(operationId = "getMembership", summary = "Get one membership", description = "The membership with this id, with its evidence.")
    @APIResponse(responseCode = "200", description = "The membership.",
            content = @Content(schema = @Schema(implementation = Membership.class)))
    @APIResponse(responseCode = "404", description = "No membership has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The membership's id.", example = "mem-0123456789abcdef")
                 @PathParam("id") String id);
}
