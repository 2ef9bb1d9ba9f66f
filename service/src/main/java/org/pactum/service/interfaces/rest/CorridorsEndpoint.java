package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.CorridorQuery;
import org.pactum.api.resources.CorridorsResource;
import org.pactum.model.Corridor;
import org.pactum.service.application.RecordCatalog;

/** {@link CorridorsResource} on the record catalog. */
@ApplicationScoped
public class CorridorsEndpoint implements CorridorsResource {

    @Inject
    RecordCatalog catalog;
    @Inject
    AnswerCache answers;
    @Context
    Request request;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;

    @Override
    public Response list(CorridorQuery query) {
        Replies replies = replies();
        return replies.page(catalog.corridors(QueryMapping.corridors(query), Replies.pageRequest(query.getPaging()),
                replies.decoder(Corridor.class)), query.getPaging());
    }

    @Override
    public Response get(String id) {
        Replies replies = replies();
        return replies.one(catalog.corridor(id, replies.decoder(Corridor.class)), "corridor", id);
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers, answers);
    }
}
