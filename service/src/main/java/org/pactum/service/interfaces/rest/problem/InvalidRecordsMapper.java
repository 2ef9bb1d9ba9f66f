package org.pactum.service.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pactum.api.Problem;
import org.pactum.service.application.InvalidRecordsException;

/** An article whose records fail validation: 400 with each violation; the store is unchanged. */
@Provider
public class InvalidRecordsMapper implements ExceptionMapper<InvalidRecordsException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRecordsException exception) {
        Problem problem = Problems.of(400, "invalid-records",
                "the article's records fail validation; nothing was stored");
        problem.setInstance(uriInfo.getRequestUri().getPath());
        exception.violations().forEach(problem::addViolation);
        return Problems.response(problem);
    }
}
