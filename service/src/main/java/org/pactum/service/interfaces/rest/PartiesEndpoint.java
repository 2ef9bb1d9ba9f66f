package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.PartyOverview;
import org.pactum.api.PartyOverview.PartyType;
import org.pactum.api.query.Paging;
import org.pactum.api.resources.PartiesResource;
import org.pactum.model.Countries;
import org.pactum.service.application.RecordCatalog;
import org.pactum.service.application.RecordCatalog.PartyRecords;
import org.pactum.service.application.RecordCatalog.Versioned;

/** {@link PartiesResource}: a state is any ISO 3166-1 alpha-3 code, an organization one the store knows. */
@RequestScoped
public class PartiesEndpoint implements PartiesResource {

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
    public Response get(String code, Paging paging) {
        boolean state = Countries.isAlpha3(code);
        Versioned<PartyRecords> found = catalog.party(code, state, Replies.pageRequest(paging));
        PartyRecords records = found.value();
        if (!state && records.organization().isEmpty()) {
            throw new NotFoundException("'" + code + "' is neither an ISO 3166-1 alpha-3 code nor a stored organization");
        }
        PartyOverview overview = new PartyOverview();
        overview.setCode(code);
        overview.setType(state ? PartyType.STATE : PartyType.ORGANIZATION);
        overview.setName(state ? Countries.name(code) : records.organization().get().getName());
        overview.setAgreements(Replies.toPage(records.agreements(), paging, uriInfo));
        overview.setMemberships(Replies.toPage(records.memberships(), paging, uriInfo));
        overview.setCorridors(Replies.toPage(records.corridors(), paging, uriInfo));
        return new Replies(request, uriInfo, headers, answers).conditional(overview, found.version());
    }
}
