package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.MembershipQuery;
import org.pactum.api.resources.MembershipsResource;
import org.pactum.model.Membership;
import org.pactum.service.application.RecordCatalog;

/** {@link MembershipsResource} on the record catalog. */
@ApplicationScoped
public class MembershipsEndpoint implements MembershipsResource {

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
    public Response list(MembershipQuery query) {
        Replies replies = replies();
        return replies.page(catalog.memberships(QueryMapping.memberships(query), Replies.pageRequest(query.getPaging()),
                replies.decoder(Membership.class)), query.getPaging());
    }

    @Override
    public Response get(String id) {
        Replies replies = replies();
        return replies.one(catalog.membership(id, replies.decoder(Membership.class)), "membership", id);
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers, answers);
    }
}
