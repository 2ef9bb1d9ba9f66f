package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.AgreementQuery;
import org.pactum.api.resources.AgreementsResource;
import org.pactum.model.Agreement;
import org.pactum.service.application.RecordCatalog;

/** {@link AgreementsResource} on the record catalog. */
@ApplicationScoped
public class AgreementsEndpoint implements AgreementsResource {

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
    public Response list(AgreementQuery query) {
        Replies replies = replies();
        return replies.page(catalog.agreements(QueryMapping.agreements(query), Replies.pageRequest(query.getPaging()),
                replies.decoder(Agreement.class)), query.getPaging());
    }

    @Override
    public Response get(String id) {
        Replies replies = replies();
        return replies.one(catalog.agreement(id, replies.decoder(Agreement.class)), "agreement", id);
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers, answers);
    }
}
