package org.pactum.service.interfaces.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import org.pactum.service.infrastructure.persistence.StoreVersion;

/**
 * Answers a GET from the {@link AnswerCache} when the same request was answered at the current store version,
 * before Jersey matches a resource, binds and validates parameters or touches the database. Only answers that
 * a resource built after all of that are cached, so an invalid request never finds one.
 */
@Provider
@PreMatching
@ApplicationScoped
public class AnswerCacheFilter implements ContainerRequestFilter {

    @Inject
    AnswerCache answers;
    @Inject
    StoreVersion storeVersion;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!HttpMethod.GET.equals(request.getMethod())) {
            return;
        }
        AnswerCache.Key key = AnswerCache.Key.of(request.getUriInfo().getRequestUri(),
                request.getHeaders().get(HttpHeaders.ACCEPT));
        answers.find(key, storeVersion::current)
                .ifPresent(answer -> request.abortWith(answer.answer(request.getRequest())));
    }
}
