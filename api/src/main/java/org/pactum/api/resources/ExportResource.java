package org.pactum.api.resources;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.pactum.api.MediaTypes;
import org.pactum.api.Problem;
import org.pactum.api.query.ExportQuery;

/** Bulk export of the dataset. */
@Path("export")
@Tag(name = "Export", description = "The whole dataset, or a filtered part, in one streamed download.")
public interface ExportResource {

    @GET
    @Produces({MediaType.APPLICATION_XML, MediaType.APPLICATION_JSON, MediaTypes.JSON_LINES})
    @Operation(operationId = "exportDataset", summary = "Export the dataset",
            description = "Streams documents, organizations, agreements, corridors and memberships in the chosen "
                    + "format; XML validates against the model's XSD (namespace urn:pactum:dataset:1). Memory stays "
                    + "flat whatever the size.")
    @APIResponse(responseCode = "200", description = "The dataset.")
    @APIResponse(responseCode = "400", description = "The format or a filter is invalid.",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    Response export(@Valid @BeanParam ExportQuery query);
}
