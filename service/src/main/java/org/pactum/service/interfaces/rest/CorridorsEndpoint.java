package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.CorridorQuery;
import org.pactum.api.resources.CorridorsResource;
import org.pactum.service.application.RecordCatalog;

/** {@link CorridorsResource} on the record catalog. */
@RequestScoped
public class CorridorsEndpoint implements CorridorsResource {

    @Inject
    RecordCatalog catalog;
    @Context
    Request request;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;

    @Override
    public Response list(CorridorQuery query) {
        return replies().page(catalog.corridors(QueryMapping.corridors(query), Replies.pageRequest(query.getPaging())),
                query.getPaging());
    }

    @Override
    public Response get(String id) {
        return replies().one(catalog.corridor(id), "corridor", id);
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers);
    }
}
