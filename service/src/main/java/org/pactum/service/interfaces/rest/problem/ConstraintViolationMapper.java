package org.pactum.service.interfaces.rest.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import org.pactum.api.Problem;

/** Invalid parameters: 400 listing each violation by parameter name and message. */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        Problem problem = Problems.of(400, "validation", "the request has invalid parameters");
        problem.setInstance(uriInfo.getRequestUri().getPath());
        exception.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::getField))
                .forEach(problem::addViolation);
        return Problems.response(problem);
    }

    /**
     * The query parameter a violation is about: {@code list.query.from} -> {@code from},
     * {@code list.query.party[1].<list element>} -> {@code party[1]}, {@code members.asOf} -> {@code asOf}.
     */
    static String field(ConstraintViolation<?> violation) {
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            } else if (node.getKind() == ElementKind.PROPERTY) {
                if (!"paging".equals(node.getName())) {
                    properties.setLength(0);
                    properties.append(node.getName());
                }
            } else if (node.getKind() == ElementKind.CONTAINER_ELEMENT && node.getIndex() != null) {
                properties.append('[').append(node.getIndex()).append(']');
            }
        }
        if (properties.length() > 0) {
            return properties.toString();
        }
        return parameter == null ? violation.getPropertyPath().toString() : parameter;
    }
}
