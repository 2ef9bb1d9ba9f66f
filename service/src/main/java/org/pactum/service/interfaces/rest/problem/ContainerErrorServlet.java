package org.pactum.service.interfaces.rest.problem;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.pactum.api.Problem;

/**
 * Errors the web container answers itself (a failed login from the authentication mechanism, a path outside
 * the API) as problem details too; web.xml routes its error pages here.
 */
@WebServlet("/problem")
public class ContainerErrorServlet extends HttpServlet {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 500;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problems.of(status, Problems.kindOf(status), switch (status) {
            case 401 -> "this operation needs the editor's credentials (HTTP Basic)";
            case 403 -> "the authenticated user lacks the editor role";
            case 404 -> "nothing is here; the API lives under /api (see /openapi)";
            default -> status >= 500 ? "the service failed" : "the request failed";
        });
        problem.setInstance(uri == null ? null : uri.toString());
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSONB.toJson(problem));
    }
}
