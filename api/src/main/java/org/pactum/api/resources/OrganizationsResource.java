package org.pactum.api.resources;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import org.pactum.api.query.IsoDay;
import org.pactum.api.query.Paging;
import org.pactum.model.Organization;

/** International organizations and their members. */
@Path("organizations")
@Tag(name = "Organizations", description = "International organizations and their members.")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public interface OrganizationsResource {

    @GET
    @Operation(operationId = "listOrganizations", summary = "List organizations", description = "Every stored organization, sorted by code.")
    @APIResponse(responseCode = "200", description = "A page of organizations.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    Response list(@Valid @BeanParam Paging paging);

    @GET
    @Path("{code}")
    @Operation(operationId = "getOrganization", summary = "Get one organization", description = "The organization with this code.")
    @APIResponse(responseCode = "200", description = "The organization.",
            content = @Content(schema = @Schema(implementation = Organization.class)))
    @APIResponse(responseCode = "404", description = "No organization has this code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The organization's code.", example = "SCO") @PathParam("code") String code);

    @GET
    @Path("{code}/members")
    @Operation(operationId = "listMembers", summary = "An organization's members",
            description = "Memberships in the organization, in any status; asOf keeps those that held on that day.")
    @APIResponse(responseCode = "200", description = "A page of memberships.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "404", description = "No organization has this code.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response members(@Parameter(description = "The organization's code.", example = "SCO") @PathParam("code") String code,
                     @Parameter(description = "A day YYYY-MM-DD.", example = "2025-06-01")
                     @QueryParam("asOf") @IsoDay String asOf,
                     @Valid @BeanParam Paging paging);
}
