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
import org.pactum.api.query.CorridorQuery;
import org.pactum.model.Corridor;

/** Transport and energy corridors. */
@Path("corridors")
@Tag(name = "Corridors", description = "Rail, road, sea, pipeline, power and digital corridors.")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
public interface CorridorsResource {

    @GET
    @Operation(operationId = "listCorridors", summary = "List corridors",
            description = "Corridors matching every given filter, sorted by id, one page at a time.")
    @APIResponse(responseCode = "200", description = "A page of corridors.",
            content = @Content(schema = @Schema(implementation = Page.class)))
    @APIResponse(responseCode = "400", description = "A filter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response list(@Valid @BeanParam CorridorQuery query);

    @GET
    @Path("{id}")
    @Operation(operationId = "getCorridor", summary = "Get one corridor", description = "The corridor with this id, with its evidence.")
    @APIResponse(responseCode = "200", description = "The corridor.",
            content = @Content(schema = @Schema(implementation = Corridor.class)))
    @APIResponse(responseCode = "404", description = "No corridor has this id.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response get(@Parameter(description = "The corridor's id.", example = "cor-0123456789abcdef")
                 @PathParam("id") String id);
}
