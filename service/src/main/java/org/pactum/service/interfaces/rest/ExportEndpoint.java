package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.Locale;
import org.pactum.api.MediaTypes;
import org.pactum.api.query.ExportQuery;
import org.pactum.api.resources.ExportResource;
import org.pactum.model.io.DatasetFormat;
import org.pactum.service.application.DatasetExporter;
import org.pactum.service.application.DatasetExporter.Selection;

/** {@link ExportResource}: the format parameter decides the content type. */
@RequestScoped
public class ExportEndpoint implements ExportResource {

    @Inject
    DatasetExporter exporter;

    @Override
    public Response export(ExportQuery query) {
        DatasetFormat format = DatasetFormat.valueOf(query.getFormat().toUpperCase(Locale.ROOT));
        Selection selection = new Selection(QueryMapping.exportedAgreements(query),
                QueryMapping.exportedCorridors(query), QueryMapping.exportedMemberships(query));
        StreamingOutput body = out -> exporter.export(selection, format, out);
        String type = switch (format) {
            case XML -> MediaType.APPLICATION_XML;
            case JSON -> MediaType.APPLICATION_JSON;
            case JSONL -> MediaTypes.JSON_LINES;
        };
        return Response.ok(body, type + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"pactum-dataset." + query.getFormat() + "\"")
                .build();
    }
}
