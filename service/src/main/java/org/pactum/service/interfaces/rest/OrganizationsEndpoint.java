package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.Paging;
import org.pactum.api.resources.OrganizationsResource;
import org.pactum.model.Membership;
import org.pactum.service.application.RecordCatalog;
import org.pactum.service.infrastructure.persistence.MembershipFilter;

/** {@link OrganizationsResource} on the record catalog. */
@RequestScoped
public class OrganizationsEndpoint implements OrganizationsResource {

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
    public Response list(Paging paging) {
        return replies().page(catalog.organizations(Replies.pageRequest(paging)), paging);
    }

    @Override
    public Response get(String code) {
        return replies().one(catalog.organization(code), "organization", code);
    }

    @Override
    public Response members(String code, String asOf, Paging paging) {
        if (catalog.organization(code).value().isEmpty()) {
            throw new NotFoundException("no organization '" + code + "'");
        }
        MembershipFilter filter = new MembershipFilter(null, code, null, QueryMapping.day(asOf));
        Replies replies = replies();
        return replies.page(catalog.memberships(filter, Replies.pageRequest(paging), replies.decoder(Membership.class)),
                paging);
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers, answers);
    }
}
