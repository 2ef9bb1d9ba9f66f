package org.pactum.service.interfaces.rest.problem;

import jakarta.ws.rs.core.Response;
import org.pactum.api.Problem;

/** Problem details responses: one type URI per kind of problem, the status's reason as title. */
public final class Problems {

    public static final String TYPE_PREFIX = "urn:pactum:problem:";

    private Problems() {
    }

    public static Problem of(int status, String kind, String detail) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        String title = statusType == null ? "Error " + status : statusType.getReasonPhrase();
        return new Problem(TYPE_PREFIX + kind, title, status, detail);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.getStatus()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    /** A kind name for a status without a more specific one: "not-found", "not-acceptable"... */
    public static String kindOf(int status) {
        Response.StatusType statusType = Response.Status.fromStatusCode(status);
        return statusType == null ? "http-" + status
                : statusType.getReasonPhrase().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
