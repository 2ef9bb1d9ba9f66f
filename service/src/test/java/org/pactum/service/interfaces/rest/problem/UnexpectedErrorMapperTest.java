package org.pactum.service.interfaces.rest.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.pactum.api.Problem;

/** A failure nobody foresaw: 500 with an incident id, never the exception's text or stack. */
class UnexpectedErrorMapperTest {

    @Test
    void anUnexpectedFailureIs500WithAnIncidentAndNoStackTrace() {
        UnexpectedErrorMapper mapper = new UnexpectedErrorMapper();
        mapper.uriInfo = stub(UriInfo.class, "getRequestUri", URI.create("http://localhost/api/agreements"));
        Response response = mapper.toResponse(new IllegalStateException("secret internals at line 42"));
        assertEquals(500, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        Problem problem = (Problem) response.getEntity();
        assertEquals("urn:pactum:problem:internal", problem.getType());
        assertTrue(problem.getDetail().contains("incident"), problem.getDetail());
        assertFalse(problem.getDetail().contains("secret internals"), problem.getDetail());
        assertNull(problem.getViolations());
    }

    @SuppressWarnings("unchecked")
    private static <T> T stub(Class<T> type, String method, Object answer) {
        return (T) Proxy.newProxyInstance(UnexpectedErrorMapperTest.class.getClassLoader(), new Class<?>[] {type},
                (proxy, m, args) -> m.getName().equals(method) ? answer : null);
    }
}
