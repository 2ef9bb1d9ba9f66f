package org.pactum.service.interfaces.rest.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.pactum.api.Problem;

/** 404, 405, 406, 415... raised by Jakarta REST or by the endpoints, as problem details. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original; // redirects and the like are not errors
        }
        Problem problem = Problems.of(status, Problems.kindOf(status), detail(exception, status));
        problem.setInstance(uriInfo.getRequestUri().getPath());
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        copy(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copy(original, builder, HttpHeaders.ALLOW);
        return builder.build();
    }

    private static String detail(WebApplicationException exception, int status) {
        String message = exception.getMessage();
        // Jakarta REST's own messages are "HTTP 404 Not Found": say what the client can do instead
        if (message == null || message.startsWith("HTTP " + status)) {
            return switch (status) {
                case 404 -> "nothing is here; the API lives under /api (see /openapi)";
                case 405 -> "this method is not allowed here";
                case 406 -> "this resource answers application/json or application/xml only";
                case 415 -> "this media type is not accepted here";
                default -> Response.Status.fromStatusCode(status) == null ? "error " + status
                        : Response.Status.fromStatusCode(status).getReasonPhrase();
            };
        }
        return message;
    }

    private static void copy(Response from, Response.ResponseBuilder to, String header) {
        Object value = from.getHeaders().getFirst(header);
        if (value != null) {
            to.header(header, value);
        }
    }
}
