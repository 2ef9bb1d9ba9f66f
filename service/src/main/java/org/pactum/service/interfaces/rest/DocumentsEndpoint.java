package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import org.pactum.api.query.Paging;
import org.pactum.api.resources.DocumentsResource;
import org.pactum.service.application.DocumentRemover;
import org.pactum.service.application.RecordCatalog;

/** {@link DocumentsResource}: reading is open, removing needs the editor role. */
@RequestScoped
public class DocumentsEndpoint implements DocumentsResource {

    @Inject
    RecordCatalog catalog;
    @Inject
    AnswerCache answers;
    @Inject
    DocumentRemover remover;
    @Context
    Request request;
    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Context
    SecurityContext security;

    @Override
    public Response list(Paging paging) {
        return replies().page(catalog.documents(Replies.pageRequest(paging)), paging);
    }

    @Override
    public Response get(String id) {
        return replies().one(catalog.document(id), "document", id);
    }

    @Override
    public Response delete(String id) {
        EditorCheck.require(security);
        return Response.ok(remover.remove(id).orElseThrow(() -> new NotFoundException("no document '" + id + "'")))
                .build();
    }

    private Replies replies() {
        return new Replies(request, uriInfo, headers, answers);
    }
}
