package org.pactum.service.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.pactum.api.Problem;

/** Anything else: 500 with an incident id; the stack trace goes to the log, never to the client. */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident + " on " + uriInfo.getPath(), exception);
        Problem problem = Problems.of(500, "internal", "the service failed; the log has incident " + incident);
        problem.setInstance(uriInfo.getRequestUri().getPath());
        return Problems.response(problem);
    }
}
